using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Conversations.Scheduling;
using MentorBot.Dialogs.Domain.CheckIns;
using MentorBot.Dialogs.Stores;

namespace MentorBot.Dialogs.Conversations.CheckIns;

/// <summary>
/// `check in`: the check-in card for the person's active pair (a pick card first when they are in several), whenever
/// they ask: the one they have not answered yet, or a new one that counts as the period's (see
/// <see cref="AnyTimeCheckIn"/>). The pick card's buttons come back through <see cref="CheckInOpenAction"/>.
/// </summary>
public sealed class CheckInCommand(PairAccess access, PairPeople people, ParticipantStore participants, CheckInStore checkIns, CheckInViews views, TimeProvider time) : ICommandHandler
{
    public BotCommand Command => BotCommands.CheckIn;

    public async Task HandleAsync(ChatTurn turn, string argument, CancellationToken cancellationToken)
    {
        var pairs = await access.ActiveForAsync(turn, cancellationToken);
        if (pairs.Count == 0)
        {
            await turn.SayAsync(turn.Text["CheckInNoActivePair"], cancellationToken);
            return;
        }

        if (pairs.Count == 1)
        {
            await OpenAsync(turn, pairs[0], cancellationToken);
            return;
        }

        var choices = new List<(string, string, string)>();
        foreach (var pair in pairs)
            choices.Add((pair.Programme.Id, pair.Pair.Id, turn.Text.Format("SchedulePickOne", await people.NameOfOtherAsync(pair, turn.Text, cancellationToken), pair.Programme.Name)));
        await turn.SayAsync(PairPickCard.Build(choices, turn.Text, CheckInCard.OpenVerb, "CheckInPickPair"), cancellationToken);
    }

    /// <summary>The check-in card of one pair for the person asking, as a new message (a pick card keeps its buttons).</summary>
    public async Task OpenAsync(ChatTurn turn, PairContext pair, CancellationToken cancellationToken)
    {
        var person = await participants.GetAsync(pair.Programme.Id, turn.TenantId, turn.UserObjectId, cancellationToken);
        var partner = await participants.GetAsync(pair.Programme.Id, pair.OtherTenantId, pair.OtherId, cancellationToken);
        var earlier = await checkIns.ForPersonAsync(pair.Programme.Id, pair.Pair.Id, turn.TenantId, turn.UserObjectId, cancellationToken);
        var decision = person is null || partner is null
            ? new AnyTimeCheckIn.Decision(AnyTimeCheckIn.Kind.PairNotActive)
            : AnyTimeCheckIn.Decide(pair.Programme, pair.Pair, person, partner, earlier, time.GetUtcNow());

        switch (decision.What)
        {
            case AnyTimeCheckIn.Kind.PairNotActive:
                await turn.SayAsync(turn.Text["CheckInPairClosed"], cancellationToken);
                return;
            case AnyTimeCheckIn.Kind.YouArePaused:
                await turn.SayAsync(decision.PausedUntil is { } until ? turn.Text.Format("CheckInYouArePausedUntil", until.ToString("D", turn.Text.Culture)) : turn.Text["CheckInYouArePaused"], cancellationToken);
                return;
            case AnyTimeCheckIn.Kind.PartnerIsPaused:
                var name = await people.NameOfOtherAsync(pair, turn.Text, cancellationToken);
                await turn.SayAsync(decision.PausedUntil is { } back ? turn.Text.Format("CheckInPartnerPausedUntil", Markdown.Literal(name), back.ToString("D", turn.Text.Culture)) : turn.Text.Format("CheckInPartnerPaused", Markdown.Literal(name)), cancellationToken);
                return;
        }

        var checkIn = decision.CheckIn!;

        // Insert-once: when the dispatcher (or a second press) recorded this period first, theirs is the one shown.
        if (decision.What == AnyTimeCheckIn.Kind.New && !await checkIns.TryCreateAsync(checkIn, cancellationToken))
            checkIn = (await checkIns.GetVersionedAsync(checkIn.ProgrammeId, checkIn.PairId, checkIn.TenantId, checkIn.UserObjectId, checkIn.Period, cancellationToken))?.CheckIn ?? checkIn;

        var view = await views.ForAsync(pair, checkIn, turn.Text, cancellationToken);
        await turn.SayAsync(checkIn.IsAnswered ? CheckInSummaryCard.Build(view, turn.Text) : CheckInCard.Build(view, turn.Text), cancellationToken);
    }
}
