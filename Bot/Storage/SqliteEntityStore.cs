using MentorBot.Dialogs.Abstractions.Storage;
using Microsoft.Data.Sqlite;

namespace MentorBot.Storage;

/// <summary>
/// The embedded default: every table in one SQLite file, one row per entity. WAL mode so readers do not block
/// the writer; a busy timeout so concurrent writers queue instead of failing.
/// </summary>
public sealed class SqliteEntityStore : IEntityStore
{
    private readonly string _connectionString;
    private readonly TimeProvider _time;

    public SqliteEntityStore(string databasePath, TimeProvider time)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        var folder = Path.GetDirectoryName(Path.GetFullPath(databasePath));
        if (!string.IsNullOrEmpty(folder))
            Directory.CreateDirectory(folder);

        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        _time = time;
        Initialise();
    }

    public IEntityTable Table(string name)
    {
        TableNames.Check(name);
        return new SqliteEntityTable(this, name, _time);
    }

    public async Task<IReadOnlyList<string>> ListTablesAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT DISTINCT tbl FROM entities ORDER BY tbl";
        var tables = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            tables.Add(reader.GetString(0));
        return tables;
    }

    public async Task PingAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM entities WHERE 0";
        await command.ExecuteScalarAsync(cancellationToken);
    }

    internal async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA busy_timeout = 30000;";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    private void Initialise()
    {
        using var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            PRAGMA journal_mode = WAL;
            PRAGMA synchronous = NORMAL;
            CREATE TABLE IF NOT EXISTS entities (
                tbl  TEXT NOT NULL,
                pk   TEXT NOT NULL,
                rk   TEXT NOT NULL,
                etag TEXT NOT NULL,
                body TEXT NOT NULL,
                ts   TEXT NOT NULL,
                PRIMARY KEY (tbl, pk, rk)
            ) WITHOUT ROWID;
            """;
        command.ExecuteNonQuery();
    }
}
