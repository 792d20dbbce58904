using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Conversations.Actions;
using MentorBot.Dialogs.Conversations.Commands;
using MentorBot.Dialogs.Domain.Nudges;
using MentorBot.Dialogs.Stores;

namespace MentorBot.Dialogs.Conversations.Nudges;

/// <summary>
/// The answer to "keep going, pause or end?". The question is the presser's own (looked up by who pressed). The
/// answer is recorded first, against the question's version, and only the press that recorded it acts: of two presses
/// the first answer stands and nothing is paused or ended twice. Keep going changes nothing but counts as a sign of
/// life (no card to the leads then); pause pauses the presser in this programme (until the date picked, else
/// <see cref="NudgePauses.DefaultDays"/>); end ends the pair (<see cref="FadedEndings"/>). An end a
/// stop cut short is finished by pressing again.
/// </summary>
public sealed class FadedAnswers(NudgeStore nudges, ParticipantStore participants, NudgePauses pauses, FadedEndings endings, TimeProvider time)
{
    public async Task AnswerAsync(CardPress<FadedPress> press, CancellationToken cancellationToken)
    {
        var (turn, pair, payload) = (press.Turn, press.Grant.RequiredPair, press.Payload);
        if (await FindAsync(press, cancellationToken) is not { } found)
        {
            await turn.SayAsync(turn.Text["NudgeUnknown"], cancellationToken);
            return;
        }

        var (nudge, version) = found;
        if (nudge.IsAnswered)
        {
            await ShowAnsweredAsync(press, nudge, cancellationToken);
            return;
        }

        if (!pair.Pair.IsActive || !pair.Programme.IsOpen)
        {
            await turn.SayAsync(turn.Text["NudgePairNotActive"], cancellationToken);
            return;
        }

        if (ResponseOf(payload.Choice) is not { } response)
        {
            await turn.SayAsync(turn.Text["UnknownCardAction"], cancellationToken);
            return;
        }

        var until = response == NudgeResponse.Pause ? await pauses.UntilAsync(turn, payload.PauseUntil, cancellationToken) : null;
        if (response == NudgeResponse.Pause && until is null)
            return;

        var answered = nudge.Respond(response, time.GetUtcNow()).Value;
        if (!await nudges.TrySaveAsync(answered, version, cancellationToken))
        {
            await ShowAnsweredAsync(press, (await FindAsync(press, cancellationToken))?.Nudge ?? nudge, cancellationToken);
            return;
        }

        switch (response)
        {
            case NudgeResponse.Pause:
                await pauses.PauseAsync(turn, payload.ProgrammeId, until!.Value, cancellationToken);
                break;
            case NudgeResponse.Ended:
                await endings.ByPairAsync(pair.Programme, payload.PairId, turn.TenantId, turn.UserObjectId, cancellationToken);
                break;
        }

        await ShowAsync(press, answered, cancellationToken);
    }

    private static NudgeResponse? ResponseOf(string choice) => choice switch
    {
        FadedCard.KeepGoing => NudgeResponse.KeepGoing,
        FadedCard.Pause => NudgeResponse.Pause,
        FadedCard.End => NudgeResponse.Ended,
        _ => null,
    };

    private async Task<(Nudge Nudge, string Version)?> FindAsync(CardPress<FadedPress> press, CancellationToken cancellationToken) =>
        await nudges.GetVersionedAsync(press.Payload.ProgrammeId, press.Payload.PairId, NudgeKind.Faded, press.Turn.TenantId, press.Turn.UserObjectId, press.Payload.NudgeId, cancellationToken);

    private async Task ShowAnsweredAsync(CardPress<FadedPress> press, Nudge nudge, CancellationToken cancellationToken)
    {
        await press.Turn.SayAsync(press.Text["StayPauseLeaveAlreadyAnswered"], cancellationToken);

        // An end recorded by a press that stopped before the pair ended: finished now (nothing twice if it was not cut short).
        if (nudge.Response == NudgeResponse.Ended)
            await endings.ByPairAsync(press.Grant.RequiredPair.Programme, nudge.PairId, nudge.TenantId, nudge.UserObjectId, cancellationToken);
        await ShowAsync(press, nudge, cancellationToken);
    }

    private async Task ShowAsync(CardPress<FadedPress> press, Nudge nudge, CancellationToken cancellationToken)
    {
        var pair = press.Grant.RequiredPair;
        var other = await participants.GetAsync(pair.Programme.Id, pair.OtherTenantId, pair.OtherId, cancellationToken);
        var partner = other is null ? press.Text[pair.ViewerIsMentor ? "ScheduleYourMentee" : "ScheduleYourMentor"] : PairSituation.NameOf(other, press.Text);
        press.Turn.ReplaceCard(FadedCard.Build(new FadedView(nudge, pair.Programme.Name, partner, Escalations.QuietDays(nudge)) { Answer = nudge.Response }, press.Text));
    }
}
