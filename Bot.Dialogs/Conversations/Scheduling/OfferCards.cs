using System.Text.Json.Nodes;
using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Localization;

namespace MentorBot.Dialogs.Conversations.Scheduling;

/// <summary>Turns a <see cref="SlotOffer"/> into the find-a-time card for the person looking at it.</summary>
public sealed class OfferCards(PairPeople people)
{
    /// <summary>The card, or null when someone's working hours are unknown (the caller asks them to set them).</summary>
    public async Task<JsonObject?> BuildAsync(SlotOffer offer, Localizer text, string? noticeKey, CancellationToken cancellationToken)
    {
        if (offer.ViewerHours is not { } viewerHours || !offer.HoursKnown)
            return null;
        var context = offer.Context;
        var other = await people.NameOfOtherAsync(context, text, cancellationToken);
        var canBook = offer.Mode.CanBook();
        string? attendee = null;
        if (!canBook && offer.Slots.Count > 0)
            attendee = (await people.ContactOfOtherAsync(context, cancellationToken)).Address;
        var subject = text.Format("ScheduleSubject", context.Programme.Name);
        var slots = offer.Slots.Select(s => new OfferedSlot(s, canBook ? null : TeamsMeetingLink.For(subject, attendee, s))).ToList();
        var view = new FindTimeView(context.Programme.Id, context.Pair.Id, other, viewerHours.TimeZone, nameof(SchedulingMode) + offer.Mode, canBook, slots)
        {
            NoticeKey = noticeKey,
            Moving = offer.Moving,
        };
        return FindTimeCard.Build(view, text);
    }
}
