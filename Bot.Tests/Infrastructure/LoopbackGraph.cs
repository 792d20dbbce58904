using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MentorBot.Tests.Graph;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MentorBot.Tests.Infrastructure;

/// <summary>
/// A stand-in for Microsoft Graph v1.0: a real Kestrel server on 127.0.0.1 and a free port that answers
/// getSchedule, mailboxSettings, users/{id}, creating events (POST) and moving them (PATCH) with Graph's JSON
/// (<see cref="GraphShapes"/>, <see cref="GraphEventPatch"/>), checks the bearer token, records and counts every
/// request per route, and answers scripted failures on demand (429 with Retry-After, 403, 503, empty or malformed
/// bodies). Tests drive the real GraphServiceClient against it.
/// </summary>
public sealed class LoopbackGraph : IAsyncDisposable
{
    /// <summary>The token the bot must send: configure it as Graph:StaticToken.</summary>
    public const string Token = "loopback-graph-token";

    private readonly WebApplication _app;
    private readonly Lock _gate = new();
    private readonly List<GraphExchange> _exchanges = [];
    private readonly Dictionary<GraphRoute, Queue<GraphAnswer>> _scripts = [];
    private readonly Dictionary<string, GraphPerson> _people = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, JsonObject> _events = new(StringComparer.Ordinal);

    private LoopbackGraph(WebApplication app)
    {
        _app = app;
    }

    /// <summary>Graph's address with the version, as Graph:BaseUrl takes it (http://127.0.0.1:port/v1.0).</summary>
    public Uri BaseUrl { get; private set; } = null!;

    public IReadOnlyList<GraphExchange> Requests
    {
        get
        {
            lock (_gate)
                return [.. _exchanges];
        }
    }

    /// <summary>The events created, as Graph would answer them now (one per transactionId per organiser; moves applied).</summary>
    public IReadOnlyList<JsonObject> Events
    {
        get
        {
            lock (_gate)
                return [.. _events.Values.Select(e => e.DeepClone().AsObject())];
        }
    }

    public static async Task<LoopbackGraph> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var graph = new LoopbackGraph(app);
        graph.Map(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        graph.BaseUrl = new Uri(address.TrimEnd('/') + "/v1.0");
        return graph;
    }

    public void Add(params GraphPerson[] people)
    {
        lock (_gate)
        {
            foreach (var person in people)
            {
                _people[person.Id] = person;
                _people[person.Mail] = person;
            }
        }
    }

    /// <summary>The next requests on <paramref name="route"/> get these answers, in order; later ones are answered normally.</summary>
    public void Script(GraphRoute route, params GraphAnswer[] answers)
    {
        lock (_gate)
        {
            if (!_scripts.TryGetValue(route, out var queue))
                _scripts[route] = queue = new Queue<GraphAnswer>();
            foreach (var answer in answers)
                queue.Enqueue(answer);
        }
    }

    /// <summary>
    /// A request body as Graph reads it: property names in any case (the SDK writes getSchedule's parameters as
    /// "Schedules", "StartTime", the way Graph's own examples do).
    /// </summary>
    public static JsonObject ParseBody(string body) => JsonNode.Parse(body, new JsonNodeOptions { PropertyNameCaseInsensitive = true })!.AsObject();

    public int Count(GraphRoute route) => Requests.Count(r => r.Route == route);

    public IReadOnlyList<GraphExchange> RequestsTo(GraphRoute route) => [.. Requests.Where(r => r.Route == route)];

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private void Map(WebApplication app)
    {
        var users = app.MapGroup("/v1.0/users/{id}");
        users.MapPost("/calendar/getSchedule", context => AnswerAsync(context, GraphRoute.GetSchedule, GetSchedule));
        users.MapGet("/mailboxSettings", context => AnswerAsync(context, GraphRoute.MailboxSettings, (c, _) => WithPerson(c, p => (200, GraphShapes.MailboxSettings(p).ToJsonString()))));
        users.MapGet(string.Empty, context => AnswerAsync(context, GraphRoute.User, (c, _) => WithPerson(c, p => (200, GraphShapes.User(p, Select(c)).ToJsonString()))));
        users.MapPost("/events", context => AnswerAsync(context, GraphRoute.CreateEvent, CreateEvent));
        users.MapPatch("/events/{eventId}", context => AnswerAsync(context, GraphRoute.UpdateEvent, UpdateEvent));
        app.MapFallback(context => AnswerAsync(context, GraphRoute.Other, (_, _) => (404, GraphAnswer.Error("BadRequest", "The loopback Graph does not answer this call."))));
    }

    private async Task AnswerAsync(HttpContext context, GraphRoute route, Func<HttpContext, string, (int Status, string Body)> handle)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var authorization = context.Request.Headers.Authorization.ToString();
        GraphAnswer? scripted = null;
        lock (_gate)
        {
            if (_scripts.TryGetValue(route, out var queue) && queue.Count > 0)
                scripted = queue.Dequeue();
        }

        (int Status, string Body) answer;
        string? retryAfter = null;
        if (authorization != "Bearer " + Token)
        {
            answer = (401, GraphAnswer.Error("InvalidAuthenticationToken", "Access token is empty or invalid."));
        }
        else if (scripted is not null)
        {
            if (scripted.AfterHandling)
                handle(context, body);
            answer = (scripted.Status, scripted.Body);
            retryAfter = scripted.RetryAfter;
        }
        else
        {
            try
            {
                answer = handle(context, body);
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException or FormatException or TimeZoneNotFoundException or NullReferenceException)
            {
                // A request the stand-in cannot read: the test sees why in the 500's message.
                answer = (500, GraphAnswer.Error("LoopbackGraphFailed", $"{e} (request body: {body})"));
            }
        }

        var exchange = new GraphExchange(route, context.Request.Method, context.Request.Path.Value ?? string.Empty, context.Request.QueryString.Value ?? string.Empty, body, authorization, context.Request.Headers["Prefer"].ToString(), answer.Status, DateTimeOffset.UtcNow);
        lock (_gate)
            _exchanges.Add(exchange);

        context.Response.StatusCode = answer.Status;
        if (retryAfter is not null)
            context.Response.Headers.RetryAfter = retryAfter;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(answer.Body, context.RequestAborted);
    }

    private (int, string) GetSchedule(HttpContext context, string body)
    {
        var request = ParseBody(body);
        var start = Instant(request["startTime"]!);
        var end = Instant(request["endTime"]!);
        var interval = request["availabilityViewInterval"]?.GetValue<int>() ?? 30;

        // Times come back in the zone the Prefer header names, UTC when there is none.
        var prefer = context.Request.Headers["Prefer"].ToString();
        var zoneName = prefer.StartsWith("outlook.timezone=", StringComparison.OrdinalIgnoreCase) ? prefer["outlook.timezone=".Length..].Trim('"') : "UTC";
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneName);
        var schedules = request["schedules"]!.AsArray().Select(s => s!.GetValue<string>()).Select(address =>
            Person(address) is { } person ? GraphShapes.Schedule(person, start, end, interval, zone, zoneName) : GraphShapes.UnknownSchedule(address));
        return (200, GraphShapes.Schedules(schedules).ToJsonString());
    }

    private (int, string) CreateEvent(HttpContext context, string body) => WithPerson(context, organizer =>
    {
        var posted = ParseBody(body);

        // Graph's transactionId: a POST repeated with the same one gives back the event already created.
        var key = $"{organizer.Id}|{posted["transactionId"]?.GetValue<string>() ?? Guid.NewGuid().ToString()}";
        lock (_gate)
        {
            if (!_events.TryGetValue(key, out var created))
                _events[key] = created = GraphShapes.Event(organizer, posted, "AAMkAD" + Guid.NewGuid().ToString("N"));
            return (201, created.ToJsonString());
        }
    });

    private (int, string) UpdateEvent(HttpContext context, string body) => WithPerson(context, organizer =>
    {
        var eventId = Uri.UnescapeDataString((string)context.Request.RouteValues["eventId"]!);
        lock (_gate)
        {
            // An event id names an item in one mailbox: another organiser's event is not found here, as in Exchange.
            var stored = _events.Where(e => e.Key.StartsWith(organizer.Id + "|", StringComparison.Ordinal)).Select(e => e.Value)
                .FirstOrDefault(e => e["id"]?.GetValue<string>() == eventId);
            return stored is null ? (404, GraphAnswer.ItemNotFound().Body) : GraphEventPatch.Apply(stored, body);
        }
    });

    private (int, string) WithPerson(HttpContext context, Func<GraphPerson, (int, string)> answer)
    {
        var id = Uri.UnescapeDataString((string)context.Request.RouteValues["id"]!);
        return Person(id) is { } person
            ? answer(person)
            : (404, GraphAnswer.Error("Request_ResourceNotFound", $"Resource '{id}' does not exist or one of its queried reference-property objects are not present."));
    }

    private GraphPerson? Person(string idOrAddress)
    {
        lock (_gate)
            return _people.GetValueOrDefault(idOrAddress);
    }

    private static string[] Select(HttpContext context) =>
        context.Request.Query["$select"].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static DateTimeOffset Instant(JsonNode dateTimeTimeZone)
    {
        var local = DateTime.Parse(dateTimeTimeZone["dateTime"]!.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.None);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(dateTimeTimeZone["timeZone"]!.GetValue<string>());
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone), TimeSpan.Zero);
    }
}
