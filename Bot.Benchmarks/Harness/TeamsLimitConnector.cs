using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MentorBot.Benchmarks.Harness;

/// <summary>
/// A Bot Connector on 127.0.0.1 that enforces Teams' published limits for bots
/// (https://learn.microsoft.com/microsoftteams/platform/bots/how-to/rate-limit): per bot per conversation 7 per 1 s,
/// 8 per 2 s, 60 per 30 s and 1800 per 3600 s, and 50 requests per second per app per tenant. Above them it answers
/// 429 with Retry-After, as Teams does. It records every accepted message so the benchmark can count distinct
/// deliveries and duplicates. It checks no tokens: the bot runs in Development with an empty app id and sends none.
/// Started without limits (the load benchmark) it accepts everything, and hands each message to an observer, which
/// pairs replies with the request they answer.
/// </summary>
internal sealed class TeamsLimitConnector : IAsyncDisposable
{
    public static readonly IReadOnlyList<(TimeSpan, int)> PerConversation =
        [(TimeSpan.FromSeconds(1), 7), (TimeSpan.FromSeconds(2), 8), (TimeSpan.FromSeconds(30), 60), (TimeSpan.FromSeconds(3600), 1800)];

    public static readonly IReadOnlyList<(TimeSpan, int)> PerTenant = [(TimeSpan.FromSeconds(1), TenantLimitPerSecond)];

    public const int TenantLimitPerSecond = 50;

    private readonly WebApplication _app;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, RateWindows> _conversations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RateWindows> _tenants = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<Delivery> _deliveries = [];
    private readonly Dictionary<string, int> _perConversation = new(StringComparer.Ordinal);
    private int _throttled;
    private int _unexpected;

    private readonly bool _limits;
    private readonly Action<ConnectorPost>? _observer;

    private TeamsLimitConnector(WebApplication app, TimeProvider time, bool limits, Action<ConnectorPost>? observer)
    {
        _app = app;
        _time = time;
        _limits = limits;
        _observer = observer;
    }

    /// <summary>The serviceUrl for conversation references, ending with a slash as Teams' do.</summary>
    public Uri ServiceUrl { get; private set; } = null!;

    /// <param name="limits">False: every message is accepted (201), none is counted against a window.</param>
    /// <param name="observer">Told of every accepted message (a new one, a reply or an update), on the request's thread.</param>
    public static async Task<TeamsLimitConnector> StartAsync(TimeProvider time, bool limits = true, Action<ConnectorPost>? observer = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var connector = new TeamsLimitConnector(app, time, limits, observer);
        app.MapPost("/v3/conversations/{conversationId}/activities", connector.OnActivityAsync);
        app.MapPost("/v3/conversations/{conversationId}/activities/{activityId}", connector.OnActivityAsync);

        // An Action.Submit's replacement card updates the card's message in place.
        app.MapPut("/v3/conversations/{conversationId}/activities/{activityId}", connector.OnActivityAsync);

        // Anything else is a call the benchmark did not expect: counted, refused.
        app.MapFallback(context =>
        {
            Interlocked.Increment(ref connector._unexpected);
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        connector.ServiceUrl = new Uri(address.TrimEnd('/') + "/");
        return connector;
    }

    /// <summary>Conversations with at least one accepted message.</summary>
    public int Distinct
    {
        get
        {
            lock (_gate)
                return _perConversation.Count;
        }
    }

    public int Throttled => Volatile.Read(ref _throttled);

    public int Unexpected => Volatile.Read(ref _unexpected);

    public IReadOnlyList<Delivery> Deliveries
    {
        get
        {
            lock (_gate)
                return [.. _deliveries];
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task OnActivityAsync(HttpContext context)
    {
        var conversationId = (string)context.Request.RouteValues["conversationId"]!;
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var activity = JsonNode.Parse(body);
        var tenant = activity?["conversation"]?["tenantId"]?.GetValue<string>() ?? activity?["channelData"]?["tenant"]?["id"]?.GetValue<string>() ?? string.Empty;

        TimeSpan wait;
        lock (_gate)
        {
            var now = _time.GetTimestamp();
            var tenantWindows = WindowsFor(_tenants, tenant, PerTenant);
            var conversationWindows = WindowsFor(_conversations, conversationId, PerConversation);

            // Both must have room; the request counts against both only when it is accepted.
            wait = _limits ? Max(tenantWindows.Peek(now, _time), conversationWindows.Peek(now, _time)) : TimeSpan.Zero;
            if (wait == TimeSpan.Zero)
            {
                if (_limits)
                {
                    tenantWindows.Accept(now);
                    conversationWindows.Accept(now);
                }

                _deliveries.Add(new Delivery(conversationId, Hash(activity?["attachments"]?.ToJsonString() ?? activity?["text"]?.ToString() ?? string.Empty), now));
                _perConversation[conversationId] = _perConversation.GetValueOrDefault(conversationId) + 1;
            }
        }

        context.Response.ContentType = "application/json";
        if (wait > TimeSpan.Zero)
        {
            Interlocked.Increment(ref _throttled);
            context.Response.StatusCode = StatusCodes.Status429TooManyRequests;

            // Whole seconds, rounded up, as the header allows: never an invitation to come back too early.
            context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            await context.Response.WriteAsync("""{"error":{"code":"Throttled","message":"Too many requests."}}""", context.RequestAborted);
            return;
        }

        // The id of the message: a new one for a POST, the updated one's for a PUT (a card is answered by that id).
        var routeActivityId = context.Request.RouteValues["activityId"] as string;
        var messageId = HttpMethods.IsPut(context.Request.Method) && routeActivityId is not null ? routeActivityId : Guid.NewGuid().ToString("N");
        _observer?.Invoke(new ConnectorPost(conversationId, routeActivityId, messageId, context.Request.Method, activity));
        context.Response.StatusCode = StatusCodes.Status201Created;
        await context.Response.WriteAsync($$"""{"id":"{{messageId}}"}""", context.RequestAborted);
    }

    private static RateWindows WindowsFor(Dictionary<string, RateWindows> all, string key, IReadOnlyList<(TimeSpan, int)> limits)
    {
        if (!all.TryGetValue(key, out var windows))
            all[key] = windows = new RateWindows(limits);
        return windows;
    }

    private static string Hash(string content) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(content)))[..16];

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
