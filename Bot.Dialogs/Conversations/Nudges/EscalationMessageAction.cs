using System.Security.Cryptography;
using System.Text;
using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Conversations.Actions;
using MentorBot.Dialogs.Domain.Nudges;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Domain.Text;

namespace MentorBot.Dialogs.Conversations.Nudges;

/// <summary>
/// Message both, on a lead's escalation: the lead's short text to both people of the pair, shown literally (never as
/// Markdown), signed with the lead's name and the programme. Checked first (not empty, not over
/// <see cref="EscalationCard.MessageMax"/>); then sent once per escalation, lead and text, however often it is pressed.
/// </summary>
public sealed class EscalationMessageAction(Escalations escalations, Notices notices, TimeProvider time) : CardAction<LeadMessagePress>
{
    public override string Verb => EscalationCard.MessageVerb;

    public override Access Requires(LeadMessagePress payload) => Access.LeadOf(payload.ProgrammeId);

    public override async Task HandleAsync(CardPress<LeadMessagePress> press, CancellationToken cancellationToken)
    {
        var (turn, text) = (press.Turn, press.Text);
        var message = TypedText.CleanOrNull(press.Payload.Message)?.Trim();
        var refusal = string.IsNullOrEmpty(message) ? text["EscalationMessageEmpty"]
            : !TypedText.IsWellFormed(message) ? text[TypedText.InvalidMessageKey]
            : message.Length > EscalationCard.MessageMax ? text.Format("ErrorTextTooLong", message.Length, EscalationCard.MessageMax)
            : null;
        if (refusal is not null)
        {
            await turn.SayAsync(refusal, cancellationToken);
            return;
        }

        var now = time.GetUtcNow();
        if (await escalations.OpenAsync(turn, press.Grant.RequiredProgramme, press.Payload.PairId, now, activeOnly: true, cancellationToken) is not { } found)
            return;

        var situation = found.Pair.Situation;
        var leadName = turn.Context.Activity.From?.Name;

        // Per escalation, lead and text: a double press (or a retry after a stop) sends the same text once; another
        // lead's message, or a different text after a stop before the response was saved, is a message of its own.
        var about = $"{situation.Pair.Id}:{found.Escalation.Period}:{turn.UserObjectId}:{Hash(message!)}";
        foreach (var person in new[] { situation.Mentee, situation.Mentor })
            await notices.SendAsync(person.TenantId, person.UserObjectId, "leadMessage", about, to => (Compose(to, leadName, situation.Programme, message!), null), cancellationToken);

        var escalation = await escalations.RespondAsync(found.Escalation, NudgeResponse.MessagedBoth, now, cancellationToken);
        Escalations.Show(turn, found, escalation, text.Format("EscalationMessageSent", PersonFacts.LiteralName(situation.Mentee, text), PersonFacts.LiteralName(situation.Mentor, text)), now);
    }

    private static string Compose(Localization.Localizer text, string? leadName, Programme programme, string message) =>
        text.Format("LeadMessageToPair", string.IsNullOrWhiteSpace(leadName) ? text["LeadUnnamed"] : Markdown.Literal(leadName.Trim()), Markdown.Literal(programme.Name), Markdown.Literal(message));

    private static string Hash(string message) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(message)))[..16];
}
