using System.Security.Cryptography;
using System.Text;
using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Domain.Nudges;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Domain.Text;
using MentorBot.Dialogs.Localization;

namespace MentorBot.Dialogs.Conversations.Nudges;

/// <summary>
/// Message both, from a lead's card (an escalation, a digest row): the lead's short text to both people of the pair,
/// shown literally (never as Markdown), signed with the lead's name and the programme. Checked first (not empty, well
/// formed, not over <see cref="EscalationCard.MessageMax"/>); then sent once per occasion, lead and text, however often
/// it is pressed.
/// </summary>
public sealed class LeadMessages(Notices notices)
{
    /// <summary>The cleaned message, or why it cannot be sent (in the lead's language).</summary>
    public static (string? Message, string? Refusal) Check(string? typed, Localizer text)
    {
        var message = TypedText.CleanOrNull(typed)?.Trim();
        var refusal = string.IsNullOrEmpty(message) ? text["EscalationMessageEmpty"]
            : !TypedText.IsWellFormed(message) ? text[TypedText.InvalidMessageKey]
            : message.Length > EscalationCard.MessageMax ? text.Format("ErrorTextTooLong", message.Length, EscalationCard.MessageMax)
            : null;
        return refusal is null ? (message, null) : (null, refusal);
    }

    /// <summary>
    /// Sends <paramref name="message"/> to both people. Keyed by the occasion (an escalation's run of silence, a digest's
    /// quiet spell), the lead and the text: a double press, or a retry after a stop, sends the same text once; another
    /// lead's message, or a different text, is a message of its own.
    /// </summary>
    public async Task SendAsync(ChatTurn lead, NudgeSituation situation, string occasion, string message, CancellationToken cancellationToken)
    {
        var leadName = lead.Context.Activity.From?.Name;
        var about = $"{situation.Pair.Id}:{occasion}:{lead.UserObjectId}:{Hash(message)}";
        foreach (var person in new[] { situation.Mentee, situation.Mentor })
            await notices.SendAsync(person.TenantId, person.UserObjectId, "leadMessage", about, to => (Compose(to, leadName, situation.Programme, message), null), cancellationToken);
    }

    private static string Compose(Localizer text, string? leadName, Programme programme, string message) =>
        text.Format("LeadMessageToPair", string.IsNullOrWhiteSpace(leadName) ? text["LeadUnnamed"] : Markdown.Literal(leadName.Trim()), Markdown.Literal(programme.Name), Markdown.Literal(message));

    private static string Hash(string message) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(message)))[..16];
}
