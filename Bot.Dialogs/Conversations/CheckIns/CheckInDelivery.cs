using MentorBot.Dialogs.Abstractions.Messaging;
using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Domain.CheckIns;
using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Stores;

namespace MentorBot.Dialogs.Conversations.CheckIns;

/// <summary>
/// Hands one recorded check-in's card to the messenger, in the person's language, under the key
/// ("checkin", pair | person, period), then clears its <see cref="CheckIn.AwaitsSending"/> mark. The messenger keeps
/// what it cannot deliver now in its outbox and never delivers a key twice, so sending again after a stop is safe.
/// </summary>
public sealed class CheckInDelivery(Notices notices, CheckInStore checkIns, TimeProvider time)
{
    public static IdempotencyKey KeyOf(CheckIn checkIn) =>
        IdempotencyKey.For(CheckInPeriod.MessageKind, CheckInPeriod.Recipient(checkIn.PairId, checkIn.TenantId, checkIn.UserObjectId), checkIn.Period);

    public async Task SendAsync(ProgrammeRoster roster, Pair pair, CheckIn checkIn, Participant partner, CancellationToken cancellationToken)
    {
        var person = roster.Person(checkIn.TenantId, checkIn.UserObjectId);
        await notices.SendAsync(checkIn.TenantId, checkIn.UserObjectId, KeyOf(checkIn), text =>
        {
            var view = new CheckInView(checkIn, roster.Programme.Name, partner.DisplayName is { Length: > 0 } name ? name : text["PersonUnnamed"], person?.WorkingHours?.TimeZone ?? "UTC")
            {
                NextMeeting = pair.NextMeeting is { } meeting && meeting.IsUpcoming(time.GetUtcNow()) ? meeting.Range : null,
            };
            return Task.FromResult<(string?, System.Text.Json.Nodes.JsonObject?)>((null, CheckInCard.Build(view, text)));
        }, cancellationToken);
        await MarkSentAsync(checkIn, cancellationToken);
    }

    // Against the version read: an answer saved in between wins, and still carries the mark, so a later run sends
    // once more under the same key (the messenger answers AlreadySent) and clears it then.
    private async Task MarkSentAsync(CheckIn checkIn, CancellationToken cancellationToken)
    {
        var stored = await checkIns.GetVersionedAsync(checkIn.ProgrammeId, checkIn.PairId, checkIn.TenantId, checkIn.UserObjectId, checkIn.Period, cancellationToken);
        if (stored is { CheckIn.AwaitsSending: true } found)
            await checkIns.TrySaveAsync(found.CheckIn with { AwaitsSending = false }, found.Version, cancellationToken);
    }
}
