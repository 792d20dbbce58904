using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json;

namespace MentorBot.Tests.Infrastructure;

/// <summary>
/// A stand-in for the Bot Connector service (the serviceUrl Teams gives the bot): a real Kestrel server on
/// 127.0.0.1 and a free port, answering the REST calls the Bot Framework SDK makes (v3/conversations/{id}/activities,
/// replies, updates, deletes, members), recording each one, and failing on demand per conversation with the statuses,
/// Retry-After headers and error codes Teams uses.
/// </summary>
public sealed class LoopbackConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Lock _gate = new();
    private readonly List<ConnectorRequest> _requests = [];
    private readonly Dictionary<string, Queue<ScriptedFailure>> _failures = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ConnectorHold> _holds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _members = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _teamChannels = new(StringComparer.Ordinal);
    private ConnectorGate? _sends;

    private LoopbackConnector(WebApplication app)
    {
        _app = app;
    }

    /// <summary>The serviceUrl to put in activities, ending with a slash as Teams' do.</summary>
    public Uri ServiceUrl { get; private set; } = null!;

    public IReadOnlyList<ConnectorRequest> Requests
    {
        get
        {
            lock (_gate)
                return [.. _requests];
        }
    }

    public static async Task<LoopbackConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var connector = new LoopbackConnector(app);
        connector.Map(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        connector.ServiceUrl = new Uri(address.TrimEnd('/') + "/");
        return connector;
    }

    /// <summary>The next sends and updates in <paramref name="conversationId"/> get these answers, in order; later ones succeed.</summary>
    /// <summary>Makes the connector answer Teams' member details for <paramref name="user"/> with these addresses.</summary>
    public void RegisterMember(TeamsUser user, string userPrincipalName, string? email = null)
    {
        var member = new System.Text.Json.Nodes.JsonObject
        {
            ["id"] = user.ChannelUserId,
            ["name"] = userPrincipalName,
            ["aadObjectId"] = user.ObjectId,
            ["userPrincipalName"] = userPrincipalName,
            ["email"] = email ?? userPrincipalName,
            ["tenantId"] = user.TenantId,
        };
        lock (_gate)
            _members[user.ChannelUserId] = member.ToJsonString();
    }

    /// <summary>Makes the connector list these channels for the team (TeamsInfo.GetTeamChannelsAsync); a null name is General's, as Teams sends it.</summary>
    public void RegisterTeamChannels(string teamId, params (string Id, string? Name)[] channels)
    {
        var list = new JsonArray([.. channels.Select(c => (JsonNode)new JsonObject { ["id"] = c.Id, ["name"] = c.Name })]);
        lock (_gate)
            _teamChannels[teamId] = new JsonObject { ["conversations"] = list }.ToJsonString();
    }

    public void FailNext(string conversationId, params ScriptedFailure[] failures)
    {
        lock (_gate)
        {
            if (!_failures.TryGetValue(conversationId, out var queue))
                _failures[conversationId] = queue = new Queue<ScriptedFailure>();
            foreach (var failure in failures)
                queue.Enqueue(failure);
        }
    }

    /// <summary>Holds the next send or update in <paramref name="conversationId"/> open until the hold is released.</summary>
    public ConnectorHold HoldNext(string conversationId)
    {
        var hold = new ConnectorHold();
        lock (_gate)
            _holds[conversationId] = hold;
        return hold;
    }

    /// <summary>
    /// Lets the next <paramref name="passing"/> sends of new activities through, in any conversation, and holds every
    /// later one open until the gate is opened (updates and replies are not held).
    /// </summary>
    public ConnectorGate HoldSendsAfter(int passing)
    {
        var gate = new ConnectorGate(passing);
        lock (_gate)
            _sends = gate;
        return gate;
    }

    /// <summary>Activities accepted (sent, replied or updated) in a conversation, oldest first.</summary>
    public IReadOnlyList<Activity> ActivitiesIn(string conversationId) =>
        [.. Requests.Where(r => r.Accepted && r.ConversationId == conversationId && r.Activity is not null).Select(r => r.Activity!)];

    /// <summary>Every request about a conversation, failed ones included: the attempts the bot made.</summary>
    public IReadOnlyList<ConnectorRequest> RequestsIn(string conversationId) =>
        [.. Requests.Where(r => r.ConversationId == conversationId)];

    /// <summary>
    /// Polls until at least <paramref name="count"/> activities were accepted in the conversation, or fails at the
    /// deadline listing what did arrive. Returns every accepted activity, so callers can assert there are no more.
    /// </summary>
    public async Task<IReadOnlyList<Activity>> WaitForActivitiesAsync(string conversationId, int count, TimeSpan timeout)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (true)
        {
            var activities = ActivitiesIn(conversationId);
            if (activities.Count >= count)
                return activities;
            if (DateTimeOffset.UtcNow >= deadline)
            {
                var seen = string.Join(Environment.NewLine, RequestsIn(conversationId));
                throw new TimeoutException($"Expected {count} activities in {conversationId} within {timeout}; got {activities.Count}. Requests:{Environment.NewLine}{seen}");
            }

            await Task.Delay(20);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private void Map(WebApplication app)
    {
        var conversation = app.MapGroup("/v3/conversations/{conversationId}");
        conversation.MapPost("/activities", context => OnActivityAsync(context, null));
        conversation.MapPost("/activities/{activityId}", context => OnActivityAsync(context, (string?)context.Request.RouteValues["activityId"]));
        conversation.MapPut("/activities/{activityId}", context => OnActivityAsync(context, (string?)context.Request.RouteValues["activityId"]));
        conversation.MapDelete("/activities/{activityId}", context => RecordAsync(context, (string?)context.Request.RouteValues["activityId"], null, StatusCodes.Status200OK, "{}"));
        conversation.MapGet("/members", context => RecordAsync(context, null, null, StatusCodes.Status200OK, "[]"));
        conversation.MapGet("/members/{memberId}", context =>
        {
            // Teams' member details (TeamsInfo.GetMemberAsync): the UPN and e-mail of a registered member, else 404.
            string? member;
            lock (_gate)
                _members.TryGetValue((string)context.Request.RouteValues["memberId"]!, out member);
            return member is null
                ? RecordAsync(context, null, null, StatusCodes.Status404NotFound, """{"error":{"code":"MemberNotFoundInConversation","message":"Unknown member."}}""")
                : RecordAsync(context, null, null, StatusCodes.Status200OK, member);
        });
        conversation.MapGet("/pagedmembers", context => RecordAsync(context, null, null, StatusCodes.Status200OK, """{"members":[]}"""));

        // A team's channels (TeamsInfo.GetTeamChannelsAsync): those registered for the team, else 404 as for a team the bot is not in.
        app.MapGet("/v3/teams/{teamId}/conversations", context =>
        {
            string? channels;
            lock (_gate)
                _teamChannels.TryGetValue((string)context.Request.RouteValues["teamId"]!, out channels);
            return channels is null
                ? RecordAsync(context, null, null, StatusCodes.Status404NotFound, """{"error":{"code":"NotFound","message":"Unknown team."}}""")
                : RecordAsync(context, null, null, StatusCodes.Status200OK, channels);
        });

        // Creating a conversation answers with a fresh id, as the real service does.
        app.MapPost("/v3/conversations", context => RecordAsync(context, null, null, StatusCodes.Status200OK, $$"""{"id":"a:{{Guid.NewGuid():N}}","activityId":"{{NewId()}}"}"""));

        // Anything else is recorded and refused, so a test can see a call it did not expect.
        app.MapFallback(context => RecordAsync(context, null, null, StatusCodes.Status404NotFound, """{"error":{"code":"NotFound","message":"The loopback connector does not answer this call."}}"""));
    }

    private async Task OnActivityAsync(HttpContext context, string? activityId)
    {
        var conversationId = ConversationId(context);
        ScriptedFailure? failure = null;
        ConnectorHold? hold = null;
        ConnectorGate? sends;
        lock (_gate)
        {
            sends = _sends;
            if (conversationId is not null && _failures.TryGetValue(conversationId, out var queue) && queue.Count > 0)
                failure = queue.Dequeue();
            if (conversationId is not null && _holds.Remove(conversationId, out var held))
                hold = held;
        }

        if (hold is not null)
            await hold.WaitAsync(context.RequestAborted);
        if (sends is not null && activityId is null && HttpMethods.IsPost(context.Request.Method))
            await sends.PassAsync(context.RequestAborted);

        if (failure is null)
        {
            await RecordAsync(context, activityId, null, StatusCodes.Status200OK, $$"""{"id":"{{NewId()}}"}""");
            return;
        }

        var error = new JsonObject { ["error"] = new JsonObject { ["code"] = failure.ErrorCode ?? failure.Status.ToString(), ["message"] = $"Scripted failure {(int)failure.Status}." } };
        await RecordAsync(context, activityId, failure.RetryAfter, (int)failure.Status, error.ToJsonString());
    }

    private async Task RecordAsync(HttpContext context, string? activityId, string? retryAfter, int status, string responseBody)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        Activity? activity = null;
        if (body.Length > 0 && body.TrimStart().StartsWith('{'))
        {
            try
            {
                activity = JsonConvert.DeserializeObject<Activity>(body);
            }
            catch (JsonException)
            {
                // Recorded as a body without an activity; the test sees it in Requests.
            }
        }

        var request = new ConnectorRequest(context.Request.Method, context.Request.Path.Value ?? string.Empty, ConversationId(context), activityId, activity, body, status, DateTimeOffset.UtcNow);
        lock (_gate)
            _requests.Add(request);

        context.Response.StatusCode = status;
        if (retryAfter is not null)
            context.Response.Headers.RetryAfter = retryAfter;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(responseBody, context.RequestAborted);
    }

    private static string? ConversationId(HttpContext context) => context.Request.RouteValues["conversationId"] as string;

    private static string NewId() => Guid.NewGuid().ToString("N");
}
