using MentorBot.Graph;
using MentorBot.Hosting;
using MentorBot.Tests.Infrastructure;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Graph;

namespace MentorBot.Tests.Graph;

/// <summary>
/// The Graph adapter as the host builds it (GraphClients.Create: the real GraphServiceClient, the SDK's handlers,
/// the static loopback token) pointed at a fresh <see cref="LoopbackGraph"/>, with a fake clock for the caches and
/// the adapter's logs captured. Two people are known: a mentor in Paris and a mentee in New York.
/// </summary>
public sealed class GraphRig : IAsyncDisposable
{
    public const string TenantId = "6b3f1d2e-4c5a-4e8f-9a0b-1c2d3e4f5a6b";

    public static readonly GraphPerson Mentor = new()
    {
        Id = "0b9e6a52-2f3c-4b1d-8e7f-6a5b4c3d2e1f",
        Mail = "amelie.martin@contoso.com",
        DisplayName = "Amélie Martin",
        Department = "Engineering",
        JobTitle = "Staff engineer",
        PreferredLanguage = "fr-FR",
        WorkTimeZone = "Romance Standard Time",
        MailboxTimeZone = "Romance Standard Time",
    };

    public static readonly GraphPerson Mentee = new()
    {
        Id = "7d4c3b2a-1e0f-4a9b-8c7d-6e5f4a3b2c1d",
        Mail = "sam.carter@contoso.com",
        DisplayName = "Sam Carter",
        Department = "Sales",
        JobTitle = "Account executive",
        PreferredLanguage = "en-US",
        WorkTimeZone = "Eastern Standard Time",
        MailboxTimeZone = "Eastern Standard Time",
    };

    private readonly ILoggerFactory _loggers;
    private readonly GraphServiceClient _client;

    private GraphRig(LoopbackGraph graph, GraphOptions options)
    {
        Graph = graph;
        _loggers = LoggerFactory.Create(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Debug));
        var settings = Options.Create(options);
        _client = GraphClients.Create(options);
        var calls = new GraphCalls(_loggers.CreateLogger<GraphCalls>());
        var users = new GraphUsers(_client, Clock, settings);
        var mailboxes = new GraphMailboxes(_client, Clock, settings);
        Calendar = new GraphCalendar(new GraphSchedules(_client, users), mailboxes, new GraphEvents(_client, users, _loggers.CreateLogger<GraphEvents>()), calls, settings);
        Directory = new GraphDirectory(users, mailboxes, calls, settings);
    }

    public LoopbackGraph Graph { get; }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2027, 3, 15, 8, 0, 0, TimeSpan.Zero));

    public CapturedLogs Logs { get; } = new();

    public GraphCalendar Calendar { get; }

    public GraphDirectory Directory { get; }

    /// <summary>Starts a loopback Graph knowing <see cref="Mentor"/> and <see cref="Mentee"/> (or <paramref name="people"/>).</summary>
    public static async Task<GraphRig> StartAsync(Action<GraphOptions>? configure = null, params GraphPerson[] people)
    {
        var graph = await LoopbackGraph.StartAsync();
        graph.Add(people.Length == 0 ? [Mentor, Mentee] : people);
        var options = new GraphOptions
        {
            Credential = GraphCredentialKind.StaticToken,
            StaticToken = LoopbackGraph.Token,
            BaseUrl = graph.BaseUrl,
            TenantId = TenantId,
            RetryDelaySeconds = 0,
            Timeout = TimeSpan.FromSeconds(20),
        };
        configure?.Invoke(options);
        var failures = new GraphOptionsValidator().Validate(null, options);
        Assert.True(failures.Succeeded, failures.FailureMessage);
        return new GraphRig(graph, options);
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        _loggers.Dispose();
        await Graph.DisposeAsync();
    }
}
