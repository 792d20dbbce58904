using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Conversations.Actions;
using MentorBot.Dialogs.Conversations.Matching;
using MentorBot.Dialogs.Domain.Nudges;
using MentorBot.Dialogs.Domain.Pairs;

namespace MentorBot.Dialogs.Conversations.Nudges;

/// <summary>
/// A lead's decision on the faded card: keep the pair, end it and rematch the mentee (<see cref="Rematches"/>, as on an
/// escalation), or end it (<see cref="FadedEndings"/>). The card answered is the presser's own; the first decision
/// about the pair's faded spell stands, whichever lead made it: a later press, by the same lead or another, is shown
/// that decision and does nothing. The response is recorded only once the pair is ended for that reason, so a stop
/// half-way is finished by pressing again.
/// </summary>
public sealed class FadedDecideAction(Escalations escalations, Rematches rematches, FadedEndings endings, TimeProvider time) : CardAction<FadedDecisionPress>
{
    public override string Verb => FadedLeadCard.Verb;

    public override Access Requires(FadedDecisionPress payload) => Access.LeadOf(payload.ProgrammeId);

    public override async Task HandleAsync(CardPress<FadedDecisionPress> press, CancellationToken cancellationToken)
    {
        var (turn, programme, now, choice) = (press.Turn, press.Grant.RequiredProgramme, time.GetUtcNow(), press.Payload.Choice);
        if (choice is not (FadedLeadCard.Keep or FadedLeadCard.EndAndRematch or FadedLeadCard.End))
        {
            await turn.SayAsync(turn.Text["UnknownCardAction"], cancellationToken);
            return;
        }

        var activeOnly = choice == FadedLeadCard.Keep;
        if (await escalations.OpenAsync(turn, programme, press.Payload.PairId, now, activeOnly, cancellationToken, NudgeKind.FadedToLeads) is not { } found)
            return;

        var decided = found.Pair.Situation.Sent.Where(n => n.Kind == NudgeKind.FadedToLeads && n.Period == found.Escalation.Period && n.Response is not null).MinBy(n => n.RespondedAt);
        if (decided is { Response: { } response, RespondedAt: { } at })
        {
            var day = CardDates.Day(at, found.Pair.TimeZoneOf(found.Escalation), turn.Text);
            await turn.SayAsync(turn.Text.Format("EscalationAlreadyDone", turn.Text.Of(response), day), cancellationToken);
            Escalations.Show(turn, found, found.Escalation with { Response = response, RespondedAt = at }, null, now);
            return;
        }

        switch (choice)
        {
            case FadedLeadCard.Keep:
                var kept = await escalations.RespondAsync(found.Escalation, NudgeResponse.KeptByLead, now, cancellationToken);
                Escalations.Show(turn, found, kept, turn.Text["FadedLeadKept"], now);
                break;
            case FadedLeadCard.EndAndRematch:
                var rematch = await rematches.EndAndRematchAsync(turn, programme, press.Payload.PairId, PairEnding.Faded, cancellationToken);
                if (rematch.Pair is null)
                    return;
                var rematched = rematch.Ended ? await escalations.RespondAsync(found.Escalation, NudgeResponse.EndedAndRematched, now, cancellationToken) : found.Escalation;
                Escalations.Show(turn, found, rematched, rematch.Outcome, now);
                break;
            default:
                var situation = found.Pair.Situation;
                if (await endings.ByLeadAsync(programme, press.Payload.PairId, cancellationToken) is null)
                {
                    await turn.SayAsync(turn.Text["NudgePairNotActive"], cancellationToken);
                    Escalations.Show(turn, found, found.Escalation, turn.Text["NudgePairNotActive"], now);
                    return;
                }

                var ended = await escalations.RespondAsync(found.Escalation, NudgeResponse.Ended, now, cancellationToken);
                var names = (PersonFacts.LiteralName(situation.Mentee, turn.Text), PersonFacts.LiteralName(situation.Mentor, turn.Text));
                Escalations.Show(turn, found, ended, turn.Text.Format("FadedLeadEnded", names.Item1, names.Item2), now);
                break;
        }
    }
}
