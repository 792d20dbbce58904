using MentorBot.Dialogs.Localization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

namespace MentorBot.Teams;

/// <summary>
/// The CloudAdapter with our middleware and error handling. One constructor, so DI can build it
/// (CloudAdapter's own constructors are ambiguous to the container).
/// </summary>
public sealed partial class MentorBotAdapter : CloudAdapter
{
    public MentorBotAdapter(BotFrameworkAuthentication auth, ChannelDataCheck channelData, TenantAllowList tenants, ILogger<MentorBotAdapter> logger)
        : base(auth, logger)
    {
        Use(channelData);
        Use(tenants);
        OnTurnError = async (turn, exception) =>
        {
            // The whole exception goes to the log; the user gets a short apology in their language.
            LogTurnError(logger, exception, turn.Activity?.Type, turn.Activity?.Conversation?.Id);
            if (turn.Activity?.Type is ActivityTypesNames.Message or ActivityTypesNames.Invoke)
            {
                try
                {
                    // Every write of a turn goes through the store, so a turn the store failed has changed nothing.
                    var text = new Localizer(turn.Activity.Locale);
                    await turn.SendActivityAsync(MentorBot.Storage.StorageOutage.Is(exception) ? text["StorageUnavailable"] : text["TurnError"]);
                }
                catch (Exception sendFailure) when (sendFailure is not OperationCanceledException)
                {
                    LogApologyFailed(logger, sendFailure);
                }
            }
        };
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled error in a {ActivityType} turn of conversation {ConversationId}")]
    private static partial void LogTurnError(ILogger logger, Exception exception, string? activityType, string? conversationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not tell the user about a turn error")]
    private static partial void LogApologyFailed(ILogger logger, Exception exception);
}
