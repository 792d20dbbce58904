using MentorBot.Dialogs.Abstractions.Storage;
using MentorBot.Storage;
using Microsoft.Data.Sqlite;

namespace MentorBot.Tests.Storage;

/// <summary>The contract on the embedded provider, each test with its own database file.</summary>
public sealed class SqliteEntityStoreTests : EntityStoreContract
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("mentorbot-sqlite-");

    public SqliteEntityStoreTests()
    {
        DatabasePath = Path.Combine(_folder.FullName, "entities.db");
        Store = new SqliteEntityStore(DatabasePath, TimeProvider.System);
    }

    protected override IEntityStore Store { get; }

    private string DatabasePath { get; }

    [Fact]
    public async Task Data_SurvivesReopeningTheFile()
    {
        var table = Store.Table("pairs");
        var etag = await table.InsertAsync(Write("programme-1", "pair-1", Json("Ada and Grace")), Ct);

        var reopened = new SqliteEntityStore(DatabasePath, TimeProvider.System).Table("pairs");

        var stored = await reopened.GetAsync("programme-1", "pair-1", Ct);
        Assert.Equal((Json("Ada and Grace"), etag), (stored!.Body, stored.ETag));
        await reopened.UpdateAsync(Write("programme-1", "pair-1", Json("updated")), etag, Ct);
        Assert.Equal(Json("updated"), (await table.GetAsync("programme-1", "pair-1", Ct))!.Body);
    }

    [Fact]
    public async Task Ping_Succeeds_OnAWorkingFile_AndFails_WhenTheFileIsNotADatabase()
    {
        await Store.PingAsync(Ct);
        SqliteConnection.ClearAllPools();
        await File.WriteAllTextAsync(DatabasePath, "this is not a database " + new string('x', 4096), Ct);
        foreach (var sidecar in new[] { "-wal", "-shm" })
            File.Delete(DatabasePath + sidecar);

        await Assert.ThrowsAsync<SqliteException>(() => Store.PingAsync(Ct));
    }

    public override void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
        base.Dispose();
    }
}
