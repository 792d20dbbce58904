using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.Storage.SQLite;
using Microsoft.Extensions.Options;

namespace MentorBot.Hosting;

internal static class JobsHosting
{
    public static WebApplicationBuilder AddMentorBotJobs(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<JobsOptions>().BindConfiguration(JobsOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        // Hangfire's client and server come from DI (IBackgroundJobClient, IRecurringJobManager); nothing uses its statics.
        builder.Services.AddHangfire((sp, config) =>
        {
            var options = sp.GetRequiredService<IOptions<JobsOptions>>().Value;
            config.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            switch (options.Storage)
            {
                case JobStorageKind.PostgreSql:
                    config.UsePostgreSqlStorage(
                        pg => pg.UseNpgsqlConnection(options.ConnectionString),
                        new PostgreSqlStorageOptions { SchemaName = options.Schema, PrepareSchemaIfNecessary = true });
                    break;
                default:
                    config.UseSQLiteStorage(sp.GetRequiredService<DataFolder>().PathFor(options.SqliteFile), new SQLiteStorageOptions { QueuePollInterval = options.QueuePollInterval });
                    break;
            }
        });

        var runServer = builder.Configuration.GetValue($"{JobsOptions.Section}:{nameof(JobsOptions.RunServer)}", true);
        if (runServer)
        {
            builder.Services.AddHangfireServer((sp, server) =>
            {
                server.WorkerCount = sp.GetRequiredService<IOptions<JobsOptions>>().Value.WorkerCount;
                server.ServerName = $"mentorbot:{Environment.MachineName}:{Environment.ProcessId}";
            });
        }

        return builder;
    }

    public static WebApplication MapMentorBotJobs(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<JobsOptions>>().Value;
        var dashboard = new DashboardOptions { DisplayStorageConnectionString = false, DashboardTitle = "MentorBot jobs" };
        if (string.IsNullOrWhiteSpace(options.DashboardPolicy))
            app.MapHangfireDashboard("/hangfire", dashboard);
        else
            app.MapHangfireDashboardWithAuthorizationPolicy(options.DashboardPolicy, "/hangfire", dashboard);
        return app;
    }
}
