using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Conversations.Actions;
using MentorBot.Dialogs.Conversations.Nudges;
using MentorBot.Dialogs.Domain.Health;
using MentorBot.Dialogs.Domain.Nudges;

namespace MentorBot.Dialogs.Conversations.Digests;

/// <summary>
/// Nudge now, on a digest's at-risk row: a fresh no-meeting nudge to both people, through the dispatcher's path
/// (<see cref="LeadNudges"/>), once per quiet spell however often, and by however many leads, it is pressed.
/// </summary>
public sealed class DigestNudgeAction(DigestRows rows, LeadNudges nudges, TimeProvider time) : CardAction<DigestPairPress>
{
    public override string Verb => DigestCard.NudgeVerb;

    public override Access Requires(DigestPairPress payload) => Access.LeadOf(payload.ProgrammeId);

    public override async Task HandleAsync(CardPress<DigestPairPress> press, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (await rows.OpenAsync(press, activeOnly: true, cancellationToken) is not { } situation)
            return;

        var reasons = HealthRules.Of(situation.Programme, situation.Pair, situation.Mentee, situation.Mentor, situation.CheckIns, now)?.Reasons ?? [];
        var (_, sent) = await nudges.SendAsync(new PairSituation(situation), NudgeAgain.FromDigest(situation, reasons, now), cancellationToken);
        var (mentee, mentor) = (PersonFacts.LiteralName(situation.Mentee, press.Text), PersonFacts.LiteralName(situation.Mentor, press.Text));
        await rows.ShowAsync(press, press.Text.Format(sent > 0 ? "EscalationNudged" : "EscalationAlreadyNudged", mentee, mentor), cancellationToken);
    }
}
