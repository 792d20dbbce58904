using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Conversations.Actions;
using MentorBot.Dialogs.Domain.Nudges;

namespace MentorBot.Dialogs.Conversations.Nudges;

/// <summary>
/// Nudge again, on a lead's escalation: a fresh no-meeting nudge to both people now, through the dispatcher's own path
/// (recorded insert-only under the escalation's period, then handed to the messenger), so a double press or a second
/// lead sends nothing twice, and a stop between recording and sending is finished by the next dispatch run.
/// </summary>
public sealed class EscalationNudgeAction(Escalations escalations, LeadNudges leadNudges, TimeProvider time) : CardAction<PairRef>
{
    public override string Verb => EscalationCard.NudgeVerb;

    public override Access Requires(PairRef payload) => Access.LeadOf(payload.ProgrammeId);

    public override async Task HandleAsync(CardPress<PairRef> press, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (await escalations.OpenAsync(press.Turn, press.Grant.RequiredProgramme, press.Payload.PairId, now, activeOnly: true, cancellationToken) is not { } found)
            return;

        var (pair, sent) = await leadNudges.SendAsync(found.Pair, NudgeAgain.For(found.Pair.Situation, found.Escalation, now), cancellationToken);
        var situation = pair.Situation;
        var escalation = await escalations.RespondAsync(found.Escalation, NudgeResponse.NudgedAgain, now, cancellationToken);
        var (mentee, mentor) = (PersonFacts.LiteralName(situation.Mentee, press.Text), PersonFacts.LiteralName(situation.Mentor, press.Text));
        var outcome = sent > 0 ? press.Text.Format("EscalationNudged", mentee, mentor) : press.Text.Format("EscalationAlreadyNudged", mentee, mentor);
        Escalations.Show(press.Turn, found with { Pair = pair }, escalation, outcome, now);
    }
}
