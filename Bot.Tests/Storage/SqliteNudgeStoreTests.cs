using MentorBot.Dialogs.Abstractions.Storage;
using MentorBot.Storage;
using Microsoft.Data.Sqlite;

namespace MentorBot.Tests.Storage;

/// <summary>The nudge repository on the embedded SQLite store.</summary>
public sealed class SqliteNudgeStoreTests : NudgeStoreContract
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("mentorbot-nudges-");

    public SqliteNudgeStoreTests()
    {
        Store = new SqliteEntityStore(Path.Combine(_folder.FullName, "entities.db"), TimeProvider.System);
    }

    protected override IEntityStore Store { get; }

    public override void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
        base.Dispose();
    }
}
