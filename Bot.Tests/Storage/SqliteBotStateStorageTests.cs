using MentorBot.Dialogs.Abstractions.Storage;
using MentorBot.Storage;
using Microsoft.Data.Sqlite;

namespace MentorBot.Tests.Storage;

public sealed class SqliteBotStateStorageTests : BotStateStorageContract, IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("mentorbot-botstate-");

    public SqliteBotStateStorageTests() => Store = new SqliteEntityStore(Path.Combine(_folder.FullName, "state.db"), TimeProvider.System);

    protected override IEntityStore Store { get; }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }
}
