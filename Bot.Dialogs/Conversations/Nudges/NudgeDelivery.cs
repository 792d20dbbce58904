using System.Text.Json.Nodes;
using MentorBot.Dialogs.Abstractions.Messaging;
using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Conversations.CheckIns;
using MentorBot.Dialogs.Domain.Nudges;
using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Localization;
using MentorBot.Dialogs.Stores;

namespace MentorBot.Dialogs.Conversations.Nudges;

/// <summary>
/// Hands one recorded nudge's card to the messenger, in its recipient's language, under the key (kind, pair | person,
/// period), then clears its <see cref="Nudge.AwaitsSending"/> mark. The messenger keeps what it cannot deliver now in
/// its outbox and never delivers a key twice, so sending again after a stop is safe.
/// </summary>
public sealed class NudgeDelivery(Notices notices, NudgeStore nudges, TimeProvider time)
{
    public static IdempotencyKey KeyOf(Nudge nudge) =>
        IdempotencyKey.For(NudgePeriod.MessageKind(nudge.Kind), CheckInPeriodRecipient(nudge), nudge.Period);

    public async Task SendAsync(PairSituation pair, Nudge nudge, CancellationToken cancellationToken)
    {
        await notices.SendAsync(nudge.TenantId, nudge.UserObjectId, KeyOf(nudge), text => Task.FromResult<(string?, JsonObject?)>((null, CardFor(pair, nudge, text))), cancellationToken);

        // Not cancelled: a send that finished while the dispatch was stopping is recorded, so the next run does not
        // have to ask the messenger about it again.
        await MarkSentAsync(nudge, CancellationToken.None);
    }

    private JsonObject CardFor(PairSituation pair, Nudge nudge, Localizer text)
    {
        var situation = pair.Situation;
        var programme = situation.Programme.Name;
        switch (nudge.Kind)
        {
            case NudgeKind.NoMeeting:
                return NudgeCard.Build(NudgeView.Of(nudge, situation.Pair, programme, pair.PartnerNameOf(nudge, text), pair.TimeZoneOf(nudge)), text);
            case NudgeKind.CheckInReminder:
                var checkIn = situation.CheckIns.Single(c => c.Period == nudge.CheckInPeriod && c.IsFor(nudge.TenantId, nudge.UserObjectId));
                return CheckInReminderCard.Build(new CheckInView(checkIn, programme, pair.PartnerNameOf(nudge, text), pair.TimeZoneOf(nudge))
                {
                    NextMeeting = situation.Pair.NextMeeting is { } meeting && meeting.IsUpcoming(time.GetUtcNow()) ? meeting.Range : null,
                }, text);
            case NudgeKind.StayPauseLeave:
                return StayPauseLeaveCard.Build(new StayPauseLeaveView(nudge, programme, pair.PartnerNameOf(nudge, text), pair.UnansweredCheckIns(nudge)), text);
            case NudgeKind.Escalation:
                var tried = WhatWasTried.Of(situation.Pair, situation.Sent.Where(n => n.IdempotencyKey != nudge.IdempotencyKey), situation.Snoozes, nudge.SentAt);
                return EscalationCard.Build(new EscalationView(
                    nudge.ProgrammeId, nudge.PairId, programme, PairSituation.NameOf(situation.Mentee, text), PairSituation.NameOf(situation.Mentor, text), nudge.Reasons, tried, pair.TimeZoneOf(nudge)), text);
            case NudgeKind.Faded:
                return FadedCard.Build(new FadedView(nudge, programme, pair.PartnerNameOf(nudge, text), Escalations.QuietDays(nudge)), text);
            case NudgeKind.FadedToLeads:
                var before = WhatWasTried.Of(situation.Pair, situation.Sent.Where(n => n.IdempotencyKey != nudge.IdempotencyKey), situation.Snoozes, nudge.SentAt);
                return FadedLeadCard.Build(new FadedLeadView(
                    nudge.ProgrammeId, nudge.PairId, programme, PairSituation.NameOf(situation.Mentee, text), PairSituation.NameOf(situation.Mentor, text), Escalations.QuietDays(nudge), before, pair.TimeZoneOf(nudge)), text);
            default:
                throw new ArgumentOutOfRangeException(nameof(nudge), nudge.Kind, "A nudge of no known kind.");
        }
    }

    private static string CheckInPeriodRecipient(Nudge nudge) => Domain.CheckIns.CheckInPeriod.Recipient(nudge.PairId, nudge.TenantId, nudge.UserObjectId);

    // Against the version read: a response saved in between wins and keeps the mark, so a later run sends once more
    // under the same key (the messenger answers AlreadySent) and clears it then.
    private async Task MarkSentAsync(Nudge nudge, CancellationToken cancellationToken)
    {
        var stored = await nudges.GetVersionedAsync(nudge.ProgrammeId, nudge.PairId, nudge.Kind, nudge.TenantId, nudge.UserObjectId, nudge.Period, cancellationToken);
        if (stored is { Nudge.AwaitsSending: true } found)
            await nudges.TrySaveAsync(found.Nudge with { AwaitsSending = false }, found.Version, cancellationToken);
    }
}
