using MentorBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace MentorBot.Tests.Hosting;

/// <summary>Telemetry goes to Application Insights only where its connection string is configured.</summary>
public sealed class TelemetryHostingTests
{
    [Fact]
    public async Task WithoutAConnectionString_NoTelemetryPipelineIsRegistered()
    {
        await using var app = new MentorBotApp();
        Assert.Null(app.Services.GetService<TracerProvider>());
    }

    [Fact]
    public async Task WithAConnectionString_RequestsAreTraced_ToTheConfiguredEndpoint()
    {
        // The ingestion endpoint is a closed loopback port: the exporter is real, nothing leaves the machine.
        await using var app = new MentorBotApp(new Dictionary<string, string?>
        {
            ["APPLICATIONINSIGHTS_CONNECTION_STRING"] = $"InstrumentationKey={Guid.NewGuid()};IngestionEndpoint=http://127.0.0.1:{TestPorts.Free()}/",
        });

        Assert.NotNull(app.Services.GetService<TracerProvider>());
        using var client = app.CreateClient();
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode);
    }
}
