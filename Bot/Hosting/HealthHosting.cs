using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace MentorBot.Hosting;

internal static class HealthHosting
{
    private const string ReadyTag = "ready";

    public static WebApplicationBuilder AddMentorBotHealth(this WebApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks()
            .AddCheck<StorageHealthCheck>("storage", tags: [ReadyTag])
            .AddCheck<JobStorageHealthCheck>("jobs", tags: [ReadyTag]);
        return builder;
    }

    public static WebApplication MapMentorBotHealth(this WebApplication app)
    {
        // Alive: the process answers. Ready: it can reach what it needs to do work.
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
        return app;
    }
}
