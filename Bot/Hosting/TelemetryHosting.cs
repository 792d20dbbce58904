using Azure.Monitor.OpenTelemetry.AspNetCore;

namespace MentorBot.Hosting;

internal static class TelemetryHosting
{
    /// <summary>The setting App Service and the Azure Monitor distro use for Application Insights.</summary>
    public const string ConnectionStringKey = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    /// <summary>
    /// Requests, dependencies (Graph, Bot Connector, storage) and logs go to Application Insights when its
    /// connection string is set (the deployment sets it); locally and in tests nothing is sent anywhere.
    /// </summary>
    public static WebApplicationBuilder AddMentorBotTelemetry(this WebApplicationBuilder builder)
    {
        var connectionString = builder.Configuration[ConnectionStringKey];
        if (!string.IsNullOrWhiteSpace(connectionString))
            builder.Services.AddOpenTelemetry().UseAzureMonitor(options => options.ConnectionString = connectionString);
        return builder;
    }
}
