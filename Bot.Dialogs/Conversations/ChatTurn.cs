using MentorBot.Dialogs.Localization;
using Microsoft.Bot.Builder;

namespace MentorBot.Dialogs.Conversations;

/// <summary>One turn of the personal chat: the context, the user's language, and their keys when known.</summary>
public sealed record ChatTurn(ITurnContext Context, Localizer Text, string TenantId, string UserObjectId)
{
    /// <summary>False for a sender without tenant or Entra object id (nothing can be stored for them).</summary>
    public bool HasIdentity => TenantId.Length > 0 && UserObjectId.Length > 0;

    /// <summary>False in a team channel or group chat, where everyone in it reads the answer.</summary>
    public bool IsPersonal => ConversationScope.IsPersonal(Context.Activity);

    /// <summary>The card that replaces the one the user pressed a button on, when the handler set one.</summary>
    public System.Text.Json.Nodes.JsonObject? ReplacementCard { get; private set; }

    /// <summary>
    /// Replaces the card the user acted on (an <c>Action.Execute</c> answers with it; an <c>Action.Submit</c> updates
    /// the message it came from), so a card that has been answered shows its outcome, not its buttons.
    /// </summary>
    public void ReplaceCard(System.Text.Json.Nodes.JsonObject card) => ReplacementCard = card;

    public Task SayAsync(string message, CancellationToken cancellationToken) =>
        Context.SendActivityAsync(message, cancellationToken: cancellationToken);

    public Task SayAsync(System.Text.Json.Nodes.JsonObject card, CancellationToken cancellationToken) =>
        Context.SendActivityAsync(CardAttachment.Message(card), cancellationToken);

    public static ChatTurn From(ITurnContext context)
    {
        TeamsIdentity.TryKeys(context.Activity, out var tenant, out var user);
        return new ChatTurn(context, new Localizer(context.Activity.Locale), tenant, user);
    }
}
