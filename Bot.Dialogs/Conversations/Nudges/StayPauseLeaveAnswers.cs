using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Conversations.Actions;
using MentorBot.Dialogs.Conversations.Commands;
using MentorBot.Dialogs.Domain.Nudges;
using MentorBot.Dialogs.Stores;

namespace MentorBot.Dialogs.Conversations.Nudges;

/// <summary>
/// The answer to "stay, pause or leave?". The question is the presser's own (looked up by who pressed). The answer is
/// recorded first, against the question's version, and only the press that recorded it acts: so of two presses (a
/// double click, a second device, two different choices) the first answer stands, the card shows it everywhere, and
/// nothing is paused or left twice. Pause pauses the presser in this programme (until the date picked, else
/// <see cref="NudgePauses.DefaultDays"/>); leave goes through the same leave as `leave` (the pair ends, partner and leads are told).
/// </summary>
public sealed class StayPauseLeaveAnswers(NudgeStore nudges, NudgeViews views, NudgePauses pauses, Membership membership, TimeProvider time)
{
    public async Task AnswerAsync(CardPress<StayPauseLeavePress> press, CancellationToken cancellationToken)
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
            // A leave recorded by a press that stopped before it took effect is finished now; leaving again changes
            // nothing for someone who left, and the partner and leads are told once whatever happens.
            if (nudge.Response == NudgeResponse.Leave)
                await membership.LeaveAsync(turn, payload.ProgrammeId, cancellationToken);
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
            case NudgeResponse.Leave:
                await membership.LeaveAsync(turn, payload.ProgrammeId, cancellationToken);
                break;
        }

        turn.ReplaceCard(StayPauseLeaveCard.Build(await views.StayPauseLeaveAsync(pair, answered, turn.Text, cancellationToken), turn.Text));
    }

    private static NudgeResponse? ResponseOf(string choice) => choice switch
    {
        StayPauseLeaveCard.Stay => NudgeResponse.Stay,
        StayPauseLeaveCard.Pause => NudgeResponse.Pause,
        StayPauseLeaveCard.Leave => NudgeResponse.Leave,
        _ => null,
    };

    private async Task<(Nudge Nudge, string Version)?> FindAsync(CardPress<StayPauseLeavePress> press, CancellationToken cancellationToken) =>
        await nudges.GetVersionedAsync(press.Payload.ProgrammeId, press.Payload.PairId, NudgeKind.StayPauseLeave, press.Turn.TenantId, press.Turn.UserObjectId, press.Payload.NudgeId, cancellationToken);

    private async Task ShowAnsweredAsync(CardPress<StayPauseLeavePress> press, Nudge nudge, CancellationToken cancellationToken)
    {
        await press.Turn.SayAsync(press.Text["StayPauseLeaveAlreadyAnswered"], cancellationToken);
        press.Turn.ReplaceCard(StayPauseLeaveCard.Build(await views.StayPauseLeaveAsync(press.Grant.RequiredPair, nudge, press.Text, cancellationToken), press.Text));
    }
}
