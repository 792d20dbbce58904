using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Conversations.Actions;
using MentorBot.Dialogs.Conversations.Matching;
using MentorBot.Dialogs.Domain.Nudges;
using MentorBot.Dialogs.Domain.Pairs;

namespace MentorBot.Dialogs.Conversations.Nudges;

/// <summary>
/// End and rematch, on a lead's escalation: the pair ends as faded (<see cref="PairEnding.Faded"/>) and the mentee is
/// offered their next best mentors, as on a fit-concern card (<see cref="Rematches"/>); the response is recorded only
/// once the pair is ended for that reason, so a stop half-way is finished by pressing again.
/// </summary>
public sealed class EscalationEndAction(Escalations escalations, Rematches rematches, TimeProvider time) : CardAction<PairRef>
{
    public override string Verb => EscalationCard.EndAndRematchVerb;

    public override Access Requires(PairRef payload) => Access.LeadOf(payload.ProgrammeId);

    public override async Task HandleAsync(CardPress<PairRef> press, CancellationToken cancellationToken)
    {
        var (turn, programme, now) = (press.Turn, press.Grant.RequiredProgramme, time.GetUtcNow());
        if (await escalations.OpenAsync(turn, programme, press.Payload.PairId, now, activeOnly: false, cancellationToken) is not { } found)
            return;

        var rematch = await rematches.EndAndRematchAsync(turn, programme, press.Payload.PairId, PairEnding.Faded, cancellationToken);
        if (rematch.Pair is null)
            return;
        var escalation = rematch.Ended ? await escalations.RespondAsync(found.Escalation, NudgeResponse.EndedAndRematched, now, cancellationToken) : found.Escalation;
        Escalations.Show(turn, found, escalation, rematch.Outcome, now);
    }
}
