using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Conversations.Actions;
using MentorBot.Dialogs.Conversations.Matching;
using MentorBot.Dialogs.Domain.Health;
using MentorBot.Dialogs.Domain.Pairs;

namespace MentorBot.Dialogs.Conversations.Digests;

/// <summary>
/// End and rematch, on a digest's at-risk row: as on an escalation or a fit-concern card (<see cref="Rematches"/>), the
/// pair ends once (a versioned save), both are told once, neutrally, and the mentee is offered their next best mentors.
/// It ends as "not a good fit" when one of them said so, else as faded.
/// </summary>
public sealed class DigestEndAction(DigestRows rows, Rematches rematches, TimeProvider time) : CardAction<DigestPairPress>
{
    public override string Verb => DigestCard.EndAndRematchVerb;

    public override Access Requires(DigestPairPress payload) => Access.LeadOf(payload.ProgrammeId);

    public override async Task HandleAsync(CardPress<DigestPairPress> press, CancellationToken cancellationToken)
    {
        if (await rows.OpenAsync(press, activeOnly: false, cancellationToken) is not { } situation)
            return;

        // Pressed again after it ended this way, the same reason lets Rematches finish what a stop left undone.
        var pair = situation.Pair;
        var health = HealthRules.Of(situation.Programme, pair, situation.Mentee, situation.Mentor, situation.CheckIns, time.GetUtcNow());
        var ending = pair.Ending is PairEnding.NotAGoodFit or PairEnding.Faded ? pair.Ending.Value
            : health?.Reasons.Any(r => r.MessageKey == HealthReasonKeys.NotAGoodFit) == true ? PairEnding.NotAGoodFit
            : PairEnding.Faded;
        var rematch = await rematches.EndAndRematchAsync(press.Turn, press.Grant.RequiredProgramme, pair.Id, ending, cancellationToken);
        await rows.ShowAsync(press, rematch.Outcome, cancellationToken);
    }
}
