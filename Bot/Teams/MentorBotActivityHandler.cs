using MentorBot.Dialogs.Conversations;
using MentorBot.Messaging;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;

namespace MentorBot.Teams;

/// <summary>
/// The one activity handler: routes each activity to a conversation or a store, and holds no logic of its own.
/// </summary>
public sealed partial class MentorBotActivityHandler(
    PersonalChat chat,
    ConversationReferences references,
    MemberAddresses addresses,
    UnaddressedMessages unaddressed,
    TeamInstallations teams,
    ConversationState conversationState,
    UserState userState,
    ILogger<MentorBotActivityHandler> logger) : TeamsActivityHandler
{
    private const string AdaptiveCardActionInvoke = "adaptiveCard/action";
    private const string HealthCheckInvoke = "healthCheck";

    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        await base.OnTurnAsync(turnContext, cancellationToken);

        // State is saved once per turn, after the conversation has run.
        await conversationState.SaveChangesAsync(turnContext, force: false, cancellationToken);
        await userState.SaveChangesAsync(turnContext, force: false, cancellationToken);
    }

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        // Every personal message refreshes the reference (service URLs and locales change); others leave it alone.
        await references.RememberAsync(((ITurnContext)turnContext).Activity, cancellationToken);
        await chat.OnMessageAsync(turnContext, cancellationToken);
    }

    protected override async Task<AdaptiveCardInvokeResponse> OnAdaptiveCardInvokeAsync(ITurnContext<IInvokeActivity> turnContext, AdaptiveCardInvokeValue invokeValue, CancellationToken cancellationToken)
    {
        await references.RememberAsync(((ITurnContext)turnContext).Activity, cancellationToken);
        return await chat.OnCardInvokeAsync(turnContext, invokeValue, cancellationToken);
    }

    /// <summary>
    /// MentorBot offers one invoke, Action.Execute (<c>adaptiveCard/action</c>), plus the SDK's health check. Any other
    /// (a task module, a message extension, an O365 connector card: none is in its manifest) is the client's mistake,
    /// refused with 400 before the SDK reads it: the SDK's handlers answer it 501, a server error in every 5xx alert,
    /// and throw on a null or non-object value, which the turn-error handler then logs as an error.
    /// </summary>
    protected override async Task<InvokeResponse> OnInvokeActivityAsync(ITurnContext<IInvokeActivity> turnContext, CancellationToken cancellationToken)
    {
        if (turnContext.Activity.Name is AdaptiveCardActionInvoke or HealthCheckInvoke)
            return await base.OnInvokeActivityAsync(turnContext, cancellationToken);
        LogUnsupportedInvoke(logger, turnContext.Activity.Name ?? "(none)");
        return new InvokeResponse { Status = (int)System.Net.HttpStatusCode.BadRequest };
    }

    protected override Task OnInstallationUpdateAddAsync(ITurnContext<IInstallationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        RememberAndWelcomeAsync(turnContext, cancellationToken);

    protected override Task OnInstallationUpdateRemoveAsync(ITurnContext<IInstallationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        RemovedAsync(turnContext.Activity, cancellationToken);

    protected override async Task OnConversationUpdateActivityAsync(ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        // Handled here rather than through TeamsActivityHandler's member dispatch, which calls the connector for
        // every added member; we only need to know whether the bot itself joined or left.
        var activity = turnContext.Activity;
        var botId = activity.Recipient?.Id;
        if (activity.MembersAdded?.Any(m => m.Id == botId) == true)
            await RememberAndWelcomeAsync(turnContext, cancellationToken);
        else if (activity.MembersRemoved?.Any(m => m.Id == botId) == true)
            await RemovedAsync(activity, cancellationToken);
    }

    protected override Task OnUnrecognizedActivityTypeAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        LogIgnored(logger, turnContext.Activity.Type ?? "(none)");
        return Task.CompletedTask;
    }

    private async Task RememberAndWelcomeAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        // Added to a team: its channels are where digests go. Nobody is greeted there, and nobody's address changes.
        if (!ConversationScope.IsPersonal(turnContext.Activity))
        {
            await teams.LearnAsync(turnContext, cancellationToken);
            return;
        }

        // Teams sends both installationUpdate and conversationUpdate on install; the claim makes one of them greet.
        if (!await references.RememberAsync(turnContext.Activity, cancellationToken))
            return;
        TeamsIdentity.TryKeys(turnContext.Activity, out var tenant, out var user);
        if (await references.TryClaimWelcomeAsync(tenant, user, cancellationToken))
        {
            await PersonalChat.SendWelcomeAsync(turnContext, cancellationToken);

            // Once per installation (the claim's winner): Teams' member details give the address leads invite by, and
            // what was sent before they could be reached is queued for them again.
            await addresses.LearnAsync(turnContext, tenant, user, cancellationToken);
            await unaddressed.RequeueAsync(tenant, user, cancellationToken);
        }
    }

    // Only uninstalling from the personal chat ends it; removing the bot from a team or group chat forgets that team.
    private async Task RemovedAsync(IActivity activity, CancellationToken cancellationToken)
    {
        if (!ConversationScope.IsPersonal(activity))
            await teams.ForgetAsync(activity, cancellationToken);
        else if (TeamsIdentity.TryKeys(activity, out var tenant, out var user))
            await references.ForgetAsync(tenant, user, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused an invoke MentorBot does not offer: {InvokeName}")]
    private static partial void LogUnsupportedInvoke(ILogger logger, string invokeName);

    [LoggerMessage(Level = LogLevel.Information, Message = "Ignored an activity of unknown type {ActivityType}")]
    private static partial void LogIgnored(ILogger logger, string activityType);
}
