using MentorBot.Hosting.Features;

namespace MentorBot.Hosting;

/// <summary>The whole application, one area at a time.</summary>
public static class MentorBotHosting
{
    public static WebApplicationBuilder AddMentorBot(this WebApplicationBuilder builder)
    {
        builder.AddMentorBotFramework()
            .AddMentorBotStorage()
            .AddMentorBotGraph() // before Conversations: its IDirectory must be registered before their TryAdd of the default
            .AddMentorBotConversations()
            .AddMentorBotJobs()
            .AddMentorBotMessaging()
            .AddMentorBotHealth()
            .AddMentorBotTelemetry();
        return builder;
    }

    public static WebApplication MapMentorBot(this WebApplication app)
    {
        app.MapMentorBotMessages()
            .MapMentorBotHealth()
            .MapMentorBotJobs()
            .MapExports();
        app.MapGet("/", () => Results.Text("MentorBot is running. Bot endpoint: POST /api/messages; health: /healthz, /readyz; jobs: /hangfire (local only)."));
        return app;
    }
}
