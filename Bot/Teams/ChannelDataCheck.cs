using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json;

namespace MentorBot.Teams;

/// <summary>
/// Stops a turn whose Teams channel data cannot be read (a forged <c>"tenant": []</c>, a team that is a number):
/// the SDK's Teams handler reads it on many paths and would throw there, so the turn would end as a server error.
/// Teams never sends such an activity; it gets a 400 for an invoke and silence otherwise, and a log line.
/// </summary>
public sealed partial class ChannelDataCheck(ILogger<ChannelDataCheck> logger) : Microsoft.Bot.Builder.IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        if (Readable(turnContext.Activity))
        {
            await next(cancellationToken);
            return;
        }

        LogRefused(logger, turnContext.Activity.Type ?? "(none)");
        if (turnContext.Activity.Type == ActivityTypes.Invoke)
            await turnContext.SendActivityAsync(new Activity { Type = ActivityTypesEx.InvokeResponse, Value = new InvokeResponse { Status = 400 } }, cancellationToken);
    }

    private static bool Readable(Activity activity)
    {
        if (activity.ChannelData is null)
            return true;
        if (activity.ChannelData is Newtonsoft.Json.Linq.JToken { Type: not Newtonsoft.Json.Linq.JTokenType.Object })
            return false;
        try
        {
            _ = activity.GetChannelData<TeamsChannelData>();
            return true;
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidCastException or FormatException or OverflowException)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a {ActivityType} activity whose Teams channel data cannot be read")]
    private static partial void LogRefused(ILogger logger, string activityType);
}
