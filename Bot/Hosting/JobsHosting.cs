using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.Storage.SQLite;
using MentorBot.Jobs;
using MentorBot.Messaging;
using Microsoft.Extensions.Options;

namespace MentorBot.Hosting;

internal static class JobsHosting
{
    public static WebApplicationBuilder AddMentorBotJobs(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<JobsOptions>().BindConfiguration(JobsOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        // Every recurring job, registered in one place at start from Jobs:Recurring:<Name>:Cron and :TimeZone.
        builder.Services.AddOptions<RecurringJobsOptions>().BindConfiguration(RecurringJobsOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<RecurringJobsOptions>, RecurringJobsOptionsValidator>();
        builder.Services.AddHostedService<RecurringJobs>();
        builder.Services.AddTransient<CheckInDispatchJob>();
        builder.Services.AddTransient<NudgeDispatchJob>();
        builder.Services.AddTransient<SurveyDispatchJob>();
        builder.Services.AddTransient<DigestDispatchJob>();

        // Our own JobStorage singleton, registered before AddHangfire (which only adds one if none exists): Hangfire's
        // default hands out the process-wide JobStorage.Current, which every host in a process overwrites. The
        // client, the server and the dashboard all take this one from DI; nothing uses Hangfire's statics.
        builder.Services.AddSingleton<JobStorage>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<JobsOptions>>().Value;
            return options.Storage switch
            {
                JobStorageKind.PostgreSql => new PostgreSqlStorage(
                    new NpgsqlConnectionFactory(options.ConnectionString, new PostgreSqlStorageOptions { SchemaName = options.Schema }),
                    new PostgreSqlStorageOptions { SchemaName = options.Schema, PrepareSchemaIfNecessary = true, QueuePollInterval = options.QueuePollInterval }),
                _ => new SQLiteStorage(sp.GetRequiredService<DataFolder>().PathFor(options.SqliteFile), new SQLiteStorageOptions { QueuePollInterval = options.QueuePollInterval }),
            };
        });
        builder.Services.AddHangfire((sp, config) => config
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseLogProvider(new HostLogProvider(sp.GetRequiredService<ILoggerFactory>())));

        var runServer = builder.Configuration.GetValue($"{JobsOptions.Section}:{nameof(JobsOptions.RunServer)}", true);
        if (runServer)
        {
            builder.Services.AddHangfireServer((sp, server) =>
            {
                var jobs = sp.GetRequiredService<IOptions<JobsOptions>>().Value;
                server.WorkerCount = jobs.WorkerCount;
                server.SchedulePollingInterval = jobs.SchedulePollingInterval;

                // Jobs are built from this host's services: left unset, the server uses the process-wide
                // JobActivator.Current, which belongs to whichever host configured Hangfire last.
                server.Activator = new AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>());
                server.ServerName = $"mentorbot:{Environment.MachineName}:{Environment.ProcessId}";
                server.ShutdownTimeout = WorkerShutdownTimeout(sp.GetRequiredService<IOptions<MessagingOptions>>().Value);
            });

            // The host waits for every service to stop; it must not give up before Hangfire's workers are done.
            builder.Services.AddOptions<HostOptions>().Configure<IOptions<MessagingOptions>>((host, messaging) =>
            {
                var needed = WorkerShutdownTimeout(messaging.Value) + RecordingMargin;
                if (host.ShutdownTimeout < needed)
                    host.ShutdownTimeout = needed;
            });
        }

        return builder;
    }

    // Stopping, Hangfire cancels the jobs' tokens at once; a send already on its way to Teams still runs to its end
    // (at most Messaging:AttemptTimeout) and is recorded, so that an orderly stop sends nothing twice (see
    // ProactiveMessenger.DeliverAsync). Hangfire abandons workers after its ShutdownTimeout (15 s by default, as
    // long as an attempt): this leaves room for the attempt and the ledger writes after it.
    private static readonly TimeSpan RecordingMargin = TimeSpan.FromSeconds(10);

    internal static TimeSpan WorkerShutdownTimeout(MessagingOptions messaging) => messaging.AttemptTimeout + RecordingMargin;

    public static WebApplication MapMentorBotJobs(this WebApplication app)
    {
        // Hangfire's default authorisation (LocalRequestsOnlyAuthorizationFilter): requests from the machine itself only.
        // No authentication is registered, so there is no identity a policy could check; local-only is the honest guard.
        var dashboard = new DashboardOptions { DisplayStorageConnectionString = false, DashboardTitle = "MentorBot jobs" };
        app.MapHangfireDashboard("/hangfire", dashboard);
        return app;
    }
}
