using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Conversations.Actions;
using MentorBot.Dialogs.Domain.Nudges;
using MentorBot.Dialogs.Stores;

namespace MentorBot.Dialogs.Conversations.Nudges;

/// <summary>
/// Nudge again, on a lead's escalation: a fresh no-meeting nudge to both people now, through the dispatcher's own path
/// (recorded insert-only under the escalation's period, then handed to the messenger), so a double press or a second
/// lead sends nothing twice, and a stop between recording and sending is finished by the next dispatch run.
/// </summary>
public sealed class EscalationNudgeAction(Escalations escalations, NudgeStore nudges, NudgeDelivery delivery, TimeProvider time) : CardAction<PairRef>
{
    public override string Verb => EscalationCard.NudgeVerb;

    public override Access Requires(PairRef payload) => Access.LeadOf(payload.ProgrammeId);

    public override async Task HandleAsync(CardPress<PairRef> press, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (await escalations.OpenAsync(press.Turn, press.Grant.RequiredProgramme, press.Payload.PairId, now, activeOnly: true, cancellationToken) is not { } found)
            return;

        var situation = found.Pair.Situation;
        var sent = 0;
        foreach (var nudge in NudgeAgain.For(situation, found.Escalation, now))
        {
            // Recorded already (another press, another lead): that press sends it, or the next dispatch run does.
            if (!await nudges.TryCreateAsync(nudge with { AwaitsSending = true }, cancellationToken))
                continue;
            situation = situation with { Sent = [.. situation.Sent, nudge] };
            await delivery.SendAsync(found.Pair with { Situation = situation }, nudge with { AwaitsSending = true }, cancellationToken);
            sent++;
        }

        var escalation = await escalations.RespondAsync(found.Escalation, NudgeResponse.NudgedAgain, now, cancellationToken);
        var (mentee, mentor) = (PersonFacts.LiteralName(situation.Mentee, press.Text), PersonFacts.LiteralName(situation.Mentor, press.Text));
        var outcome = sent > 0 ? press.Text.Format("EscalationNudged", mentee, mentor) : press.Text.Format("EscalationAlreadyNudged", mentee, mentor);
        Escalations.Show(press.Turn, found with { Pair = new PairSituation(situation) }, escalation, outcome, now);
    }
}
