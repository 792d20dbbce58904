using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Conversations.Actions;
using MentorBot.Dialogs.Domain.Nudges;

namespace MentorBot.Dialogs.Conversations.Nudges;

/// <summary>
/// Message both, on a lead's escalation: the lead's short text to both people of the pair, shown literally (never as
/// Markdown), signed with the lead's name and the programme (<see cref="LeadMessages"/>). Checked first (not empty, not over
/// <see cref="EscalationCard.MessageMax"/>); then sent once per escalation, lead and text, however often it is pressed.
/// </summary>
public sealed class EscalationMessageAction(Escalations escalations, LeadMessages messages, TimeProvider time) : CardAction<LeadMessagePress>
{
    public override string Verb => EscalationCard.MessageVerb;

    public override Access Requires(LeadMessagePress payload) => Access.LeadOf(payload.ProgrammeId);

    public override async Task HandleAsync(CardPress<LeadMessagePress> press, CancellationToken cancellationToken)
    {
        var (turn, text) = (press.Turn, press.Text);
        var (message, refusal) = LeadMessages.Check(press.Payload.Message, text);
        if (refusal is not null)
        {
            await turn.SayAsync(refusal, cancellationToken);
            return;
        }

        var now = time.GetUtcNow();
        if (await escalations.OpenAsync(turn, press.Grant.RequiredProgramme, press.Payload.PairId, now, activeOnly: true, cancellationToken) is not { } found)
            return;

        var pair = found.Pair.Situation;

        // Per escalation, lead and text: a double press (or a retry after a stop) sends the same text once; another
        // lead's message, or a different text after a stop before the response was saved, is a message of its own.
        await messages.SendAsync(turn, pair, found.Escalation.Period, message!, cancellationToken);

        var escalation = await escalations.RespondAsync(found.Escalation, NudgeResponse.MessagedBoth, now, cancellationToken);
        Escalations.Show(turn, found, escalation, text.Format("EscalationMessageSent", PersonFacts.LiteralName(pair.Mentee, text), PersonFacts.LiteralName(pair.Mentor, text)), now);
    }
}
