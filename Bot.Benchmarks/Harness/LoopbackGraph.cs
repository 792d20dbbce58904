using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
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

namespace MentorBot.Benchmarks.Harness;

/// <summary>
/// Microsoft Graph v1.0 on 127.0.0.1 for the load benchmark: GET users/{id}, GET users/{id}/mailboxSettings and POST
/// users/{id}/calendar/getSchedule, answered with Graph's JSON (the tests' <see cref="GraphShapes"/>, compiled in
/// here), so the bot's real GraphServiceClient does its real work. Unlike the tests' stand-in it knows everyone: any
/// object id is a person of the tenant, mail id@contoso.example, a European working week and a few meetings a day,
/// the same every time it is asked. It checks the bearer token and counts requests per route.
/// </summary>
internal sealed class LoopbackGraph : IAsyncDisposable
{
    /// <summary>The token the bot must send: configure it as Graph:StaticToken.</summary>
    public const string Token = "loopback-graph-token";

    private const string Domain = "@contoso.example";
    private static readonly string[] Zones = ["Romance Standard Time", "GMT Standard Time", "W. Europe Standard Time"];

    private readonly WebApplication _app;
    private readonly DateTimeOffset _today;
    private readonly ConcurrentDictionary<string, GraphPerson> _people = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, int> _requests = new(StringComparer.Ordinal);

    private LoopbackGraph(WebApplication app, DateTimeOffset now)
    {
        _app = app;
        _today = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero);
    }

    /// <summary>Graph's address with the version, as Graph:BaseUrl takes it (http://127.0.0.1:port/v1.0).</summary>
    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Requests answered per route ("getSchedule", "mailboxSettings", "user", or "other" for anything unexpected).</summary>
    public IReadOnlyDictionary<string, int> Requests => new Dictionary<string, int>(_requests, StringComparer.Ordinal);

    public static async Task<LoopbackGraph> StartAsync(TimeProvider time)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var graph = new LoopbackGraph(app, time.GetUtcNow());
        var users = app.MapGroup("/v1.0/users/{id}");
        users.MapGet(string.Empty, context => graph.AnswerAsync(context, "user", (person, _) => GraphShapes.User(person, Select(context))));
        users.MapGet("/mailboxSettings", context => graph.AnswerAsync(context, "mailboxSettings", (person, _) => GraphShapes.MailboxSettings(person)));
        users.MapPost("/calendar/getSchedule", context => graph.AnswerAsync(context, "getSchedule", graph.Schedules));
        app.MapFallback(context => graph.AnswerAsync(context, "other", null));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        graph.BaseUrl = new Uri(address.TrimEnd('/') + "/v1.0");
        return graph;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task AnswerAsync(HttpContext context, string route, Func<GraphPerson, string, JsonObject>? answer)
    {
        _requests.AddOrUpdate(route, 1, (_, n) => n + 1);
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        context.Response.ContentType = "application/json";
        if (context.Request.Headers.Authorization.ToString() != "Bearer " + Token)
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            await context.Response.WriteAsync(Error("InvalidAuthenticationToken", "Access token is empty or invalid."), context.RequestAborted);
            return;
        }

        if (answer is null || context.Request.RouteValues["id"] is not string id)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            await context.Response.WriteAsync(Error("BadRequest", "The loopback Graph does not answer this call."), context.RequestAborted);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
        await context.Response.WriteAsync(answer(Person(Uri.UnescapeDataString(id)), body).ToJsonString(), context.RequestAborted);
    }

    // Everyone asked for, over the window asked, in UTC (the bot asks with Prefer: outlook.timezone="UTC").
    private JsonObject Schedules(GraphPerson asker, string body)
    {
        var request = JsonNode.Parse(body, new JsonNodeOptions { PropertyNameCaseInsensitive = true })!.AsObject();
        var start = Instant(request["startTime"]!);
        var end = Instant(request["endTime"]!);
        var interval = request["availabilityViewInterval"]?.GetValue<int>() ?? 30;
        var schedules = request["schedules"]!.AsArray().Select(a => a!.GetValue<string>())
            .Select(address => GraphShapes.Schedule(Person(address), start, end, interval, TimeZoneInfo.Utc, "UTC"));
        return GraphShapes.Schedules(schedules);
    }

    private GraphPerson Person(string idOrAddress)
    {
        var id = idOrAddress.EndsWith(Domain, StringComparison.OrdinalIgnoreCase) ? idOrAddress[..^Domain.Length] : idOrAddress;
        return _people.GetOrAdd(id, Synthesise);
    }

    // Stable per id: a zone of three, and on each of the next four weeks' days two meetings whose hours depend on the id.
    private GraphPerson Synthesise(string id)
    {
        var seed = StableHash(id);
        var calendar = new List<GraphBusyItem>();
        for (var day = 0; day < 28; day++)
        {
            var date = _today.AddDays(day);
            calendar.Add(new GraphBusyItem(date.AddHours(8 + ((seed + day) % 4)), date.AddHours(9 + ((seed + day) % 4))));
            calendar.Add(new GraphBusyItem(date.AddHours(13 + ((seed / 7 + day) % 3)), date.AddHours(14.5 + ((seed / 7 + day) % 3)), day % 5 == 0 ? "tentative" : "busy"));
        }

        var zone = Zones[seed % Zones.Length];
        return new GraphPerson
        {
            Id = id,
            Mail = id + Domain,
            DisplayName = "Person " + id[^4..],
            Department = "Engineering",
            JobTitle = "Engineer",
            PreferredLanguage = "en-US",
            WorkTimeZone = zone,
            MailboxTimeZone = zone,
            Calendar = calendar,
        };
    }

    private static int StableHash(string text)
    {
        var hash = 17;
        foreach (var c in text)
            hash = unchecked((hash * 31) + c);
        return hash & int.MaxValue;
    }

    private static string[] Select(HttpContext context) =>
        context.Request.Query["$select"].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static DateTimeOffset Instant(JsonNode dateTimeTimeZone)
    {
        var local = DateTime.Parse(dateTimeTimeZone["dateTime"]!.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.None);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(dateTimeTimeZone["timeZone"]!.GetValue<string>());
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone), TimeSpan.Zero);
    }

    private static string Error(string code, string message) => new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } }.ToJsonString();
}
