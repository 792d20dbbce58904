using System.Globalization;
using System.Net;
using Hangfire;
using MentorBot.Dialogs.Abstractions.Storage;
using MentorBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace MentorBot.Tests.Jobs;

/// <summary>
/// Hangfire as the app configures it (Jobs:Storage=PostgreSql), against a real PostgreSQL: jobs enqueued through DI
/// run through DI, their state lands in PostgreSQL, recurring jobs are stored, and /readyz reports the storage.
/// </summary>
[Collection(SharedPostgres.Name)]
public sealed class HangfireOnPostgreSqlTests(PostgresFixture postgres)
{
    [Fact]
    public async Task EnqueuedJob_RunsThroughDi_AndIsRecordedAsSucceededInPostgreSql()
    {
        var database = await postgres.CreateDatabaseAsync("jobs_enqueue");
        await using var app = new JobsAppFactory(database);
        var client = app.Services.GetRequiredService<IBackgroundJobClient>();
        var probe = Guid.NewGuid().ToString("N");

        var jobId = client.Enqueue<ProbeJob>(job => job.RecordAsync(probe));

        var store = app.Services.GetRequiredService<IEntityStore>();
        var record = await Eventually.ValueAsync(
            () => store.Table(ProbeJob.TableName).GetAsync(probe, ProbeJob.RowKey, CancellationToken.None),
            $"job {jobId} to write its probe row");
        Assert.Contains(probe, record.Body, StringComparison.Ordinal);

        var state = await Eventually.ValueAsync(
            async () => await ScalarAsync<string>(database, $"SELECT statename FROM {JobsAppFactory.Schema}.job WHERE id = @id", ("id", long.Parse(jobId, CultureInfo.InvariantCulture))) is "Succeeded" and var s ? s : null,
            $"job {jobId} to be marked Succeeded in PostgreSQL");
        Assert.Equal("Succeeded", state);

        var history = await ListAsync(database, $"SELECT name FROM {JobsAppFactory.Schema}.state WHERE jobid = @id ORDER BY id", ("id", long.Parse(jobId, CultureInfo.InvariantCulture)));
        Assert.Equal(["Enqueued", "Processing", "Succeeded"], history);
    }

    [Fact]
    public async Task Schema_IsCreatedAtStart_UnderTheConfiguredSchemaName()
    {
        var database = await postgres.CreateDatabaseAsync("jobs_schema");
        await using var app = new JobsAppFactory(database);
        app.StartServer();

        var tables = await ListAsync(database, "SELECT table_name FROM information_schema.tables WHERE table_schema = @schema", ("schema", JobsAppFactory.Schema));

        Assert.Superset(new HashSet<string> { "job", "state", "jobqueue", "server", "hash", "set", "counter", "lock", "schema" }, tables.ToHashSet());
        Assert.Empty(await ListAsync(database, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'hangfire'"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task JobServer_RunsInTheWebProcess_OnlyWhenRunServerIsOn(bool runServer)
    {
        var database = await postgres.CreateDatabaseAsync("jobs_runserver");
        await using var app = new JobsAppFactory(database, runServer);

        var hangfireServices = app.Services.GetServices<IHostedService>().Where(s => s.GetType().Namespace?.StartsWith("Hangfire", StringComparison.Ordinal) == true);

        Assert.Equal(runServer ? 1 : 0, hangfireServices.Count());
    }

    [Fact]
    public async Task RecurringJob_RegisteredThroughDi_IsStoredInPostgreSql()
    {
        var database = await postgres.CreateDatabaseAsync("jobs_recurring");
        await using var app = new JobsAppFactory(database, runServer: false);
        var recurring = app.Services.GetRequiredService<IRecurringJobManager>();

        recurring.AddOrUpdate<ProbeJob>("probe-daily", job => job.RecordAsync("daily"), "30 6 * * *");

        var ids = await ListAsync(database, $"SELECT value FROM {JobsAppFactory.Schema}.set WHERE key = 'recurring-jobs'");
        Assert.Contains("probe-daily", ids);
        var cron = await ScalarAsync<string>(database, $"SELECT value FROM {JobsAppFactory.Schema}.hash WHERE key = 'recurring-job:probe-daily' AND field = 'Cron'");
        Assert.Equal("30 6 * * *", cron);
        var job = await ScalarAsync<string>(database, $"SELECT value FROM {JobsAppFactory.Schema}.hash WHERE key = 'recurring-job:probe-daily' AND field = 'Job'");
        Assert.Contains(nameof(ProbeJob.RecordAsync), job, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadinessProbe_Is200_WhenPostgreSqlIsUp()
    {
        var database = await postgres.CreateDatabaseAsync("jobs_ready");
        await using var app = new JobsAppFactory(database);
        using var http = app.CreateClient();

        using var response = await http.GetAsync(new Uri("/readyz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ReadinessProbe_Is503_WhenPostgreSqlStops()
    {
        // A server of its own: stopping the shared one would break the other tests.
        var own = new PostgresFixture();
        try
        {
            await own.InitializeAsync();
            var database = await own.CreateDatabaseAsync("jobs_down");

            // No Hangfire server in this instance: its workers would only add noise while the database is gone.
            await using var app = new JobsAppFactory(database, runServer: false);
            using var http = app.CreateClient();
            using (var up = await http.GetAsync(new Uri("/readyz", UriKind.Relative)))
                Assert.Equal(HttpStatusCode.OK, up.StatusCode);

            await own.StopAsync();

            await Eventually.TrueAsync(
                async () =>
                {
                    using var down = await http.GetAsync(new Uri("/readyz", UriKind.Relative));
                    return down.StatusCode == HttpStatusCode.ServiceUnavailable && await down.Content.ReadAsStringAsync() == "Unhealthy";
                },
                "/readyz to answer 503 Unhealthy once PostgreSQL is down");

            // Liveness is not readiness: the process still answers.
            using var alive = await http.GetAsync(new Uri("/healthz", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
        }
        finally
        {
            await own.DisposeAsync();
        }
    }

    private static async Task<T?> ScalarAsync<T>(string connectionString, string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value);
        var result = await command.ExecuteScalarAsync();
        return result is null or DBNull ? default : (T)result;
    }

    private static async Task<List<string>> ListAsync(string connectionString, string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value);
        var values = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            values.Add(reader.GetString(0));
        return values;
    }
}
