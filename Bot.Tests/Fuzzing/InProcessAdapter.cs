using MentorBot.Teams;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace MentorBot.Tests.Fuzzing;

/// <summary>
/// The host's own bot and middleware (the tenant allow list) driven without HTTP: the activity is deserialized from
/// the same body the HTTP path posts, replies are kept in memory (their cards harvested), and the invoke response's
/// status is returned as /api/messages would answer it. No turn-error handler, so an exception escapes to the caller.
/// </summary>
public sealed class InProcessAdapter : BotAdapter
{
    private const string StatusKey = "fuzz.invokeStatus";
    private static readonly JsonSerializerSettings Json = new() { MaxDepth = null, NullValueHandling = NullValueHandling.Ignore };
    private readonly CardHarvest _harvest;

    public InProcessAdapter(ChannelDataCheck channelData, TenantAllowList tenants, CardHarvest harvest)
    {
        _harvest = harvest;
        Use(channelData);
        Use(tenants);
    }

    /// <summary>Runs one turn; returns the HTTP status /api/messages would answer (200 unless an invoke response says otherwise).</summary>
    public async Task<int> ProcessAsync(string body, IBot bot, CancellationToken cancellationToken)
    {
        var activity = JsonConvert.DeserializeObject<Activity>(body, Json) ?? throw new InvalidOperationException("The body is not an activity.");
        using var context = new TurnContext(this, activity);
        await RunPipelineAsync(context, bot.OnTurnAsync, cancellationToken);
        return context.TurnState.Get<object>(StatusKey) is int status ? status : 200;
    }

    public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(activities);
        foreach (var activity in activities)
        {
            if (activity.Type == ActivityTypesEx.InvokeResponse && activity.Value is InvokeResponse response)
            {
                turnContext.TurnState[StatusKey] = response.Status;
                _harvest.Collect(response.Body is null ? null : JToken.FromObject(response.Body)["value"]);
            }

            foreach (var attachment in activity.Attachments ?? [])
                _harvest.Collect(attachment.Content is null ? null : JToken.FromObject(attachment.Content));
        }

        return Task.FromResult(activities.Select(_ => new ResourceResponse(Guid.NewGuid().ToString("N"))).ToArray());
    }

    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        foreach (var attachment in activity.Attachments ?? [])
            _harvest.Collect(attachment.Content is null ? null : JToken.FromObject(attachment.Content));
        return Task.FromResult(new ResourceResponse(activity.Id));
    }

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) => Task.CompletedTask;
}
