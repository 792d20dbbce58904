using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Conversations.Actions;
using MentorBot.Dialogs.Domain.Nudges;
using MentorBot.Dialogs.Stores;

namespace MentorBot.Dialogs.Conversations.Nudges;

/// <summary>
/// Snooze a week, on a no-meeting nudge: the pair's nudges wait seven days, the nudge is marked snoozed, and the card
/// is rebuilt in place saying until when. The nudge is the presser's own (looked up by who pressed), so a forwarded or
/// forged card finds nothing. Its response is saved first, against its version: of two presses (a double click, a
/// second device) one wins and records the snooze; the other, and any later press, is shown that snooze.
/// </summary>
public sealed class NudgeSnoozeAction(NudgeStore nudges, PairSnoozes snoozes, NudgeViews views, TimeProvider time) : CardAction<NudgePress>
{
    public override string Verb => NudgeCard.SnoozeVerb;

    public override Access Requires(NudgePress payload) => Access.PairMember(payload.ProgrammeId, payload.PairId);

    public override async Task HandleAsync(CardPress<NudgePress> press, CancellationToken cancellationToken)
    {
        var (turn, payload) = (press.Turn, press.Payload);
        if (await FindAsync(press, cancellationToken) is not { } found)
        {
            await turn.SayAsync(turn.Text["NudgeUnknown"], cancellationToken);
            return;
        }

        var (nudge, version) = found;
        if (nudge.Response == NudgeResponse.Snoozed)
        {
            await ShowSnoozedAsync(press, nudge, cancellationToken);
            return;
        }

        var now = time.GetUtcNow();
        var end = await snoozes.EndAsync(payload.ProgrammeId, payload.PairId, cancellationToken);
        if (end >= now.AddDays(SnoozeLength.Week))
        {
            await ShowAsync(press, nudge, end, "NudgeAlreadySnoozed", cancellationToken);
            return;
        }

        // A nudge answered otherwise (they looked for a time) keeps that answer; the snooze is recorded all the same.
        if (nudge.Respond(NudgeResponse.Snoozed, now).Changed is { } snoozed)
        {
            if (!await nudges.TrySaveAsync(snoozed, version, cancellationToken))
            {
                if (await FindAsync(press, cancellationToken) is { Nudge.Response: NudgeResponse.Snoozed } first)
                {
                    await ShowSnoozedAsync(press, first.Nudge, cancellationToken);
                    return;
                }
            }
            else
            {
                nudge = snoozed;
            }
        }

        var outcome = await snoozes.SnoozeAsync(payload.ProgrammeId, payload.PairId, turn.TenantId, turn.UserObjectId, SnoozeLength.Week, now, cancellationToken);
        await ShowAsync(press, nudge, outcome.Until, message: null, cancellationToken);
    }

    private async Task<(Nudge Nudge, string Version)?> FindAsync(CardPress<NudgePress> press, CancellationToken cancellationToken) =>
        await nudges.GetVersionedAsync(press.Payload.ProgrammeId, press.Payload.PairId, NudgeKind.NoMeeting, press.Turn.TenantId, press.Turn.UserObjectId, press.Payload.NudgeId, cancellationToken);

    // Snoozed by an earlier press: its snooze began when the nudge was answered, so recording it again under that
    // instant adds nothing, unless a stop came between the answer and the snooze, which this finishes.
    private async Task ShowSnoozedAsync(CardPress<NudgePress> press, Nudge nudge, CancellationToken cancellationToken)
    {
        var at = nudge.RespondedAt ?? time.GetUtcNow();
        var outcome = await snoozes.SnoozeAsync(nudge.ProgrammeId, nudge.PairId, nudge.TenantId, nudge.UserObjectId, SnoozeLength.Week, at, cancellationToken);
        await ShowAsync(press, nudge, outcome.Until, "NudgeAlreadySnoozed", cancellationToken);
    }

    private async Task ShowAsync(CardPress<NudgePress> press, Nudge nudge, DateTimeOffset until, string? message, CancellationToken cancellationToken)
    {
        var view = await views.NoMeetingAsync(press.Grant.RequiredPair, nudge, press.Text, cancellationToken) with { SnoozedUntil = until };
        if (message is not null)
            await press.Turn.SayAsync(press.Text.Format(message, Markdown.Literal(view.PartnerName), CardDates.Day(until, view.ViewerTimeZone, press.Text)), cancellationToken);
        press.Turn.ReplaceCard(NudgeCard.Build(view, press.Text));
    }
}
