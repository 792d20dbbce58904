using System.Text.Json.Nodes;
using MentorBot.Dialogs.Localization;

namespace MentorBot.Dialogs.Cards;

/// <summary>The meeting is in both calendars: when, with whom, and the Teams join button (or why there is none).</summary>
public static class BookedMeetingCard
{
    public static JsonObject Build(BookedMeetingView view, Localizer text)
    {
        var body = new List<JsonNode>
        {
            AdaptiveCard.Heading(text.Format("ScheduleBookedTitle", view.OtherName)),
            AdaptiveCard.Text(SlotText.Format(view.Slot, view.TimeZone, text), weight: "Bolder"),
        };
        if (view.BookedBy is { } bookedBy)
            body.Add(AdaptiveCard.Text(text.Format("ScheduleBookedBy", bookedBy)));
        var hasLink = Uri.TryCreate(view.JoinUrl, UriKind.Absolute, out var join) && join.Scheme == Uri.UriSchemeHttps;
        if (!hasLink)
            body.Add(AdaptiveCard.Text(text["ScheduleBookedNoTeamsLink"]));
        return AdaptiveCard.Create(body, hasLink ? [AdaptiveCard.OpenUrl(text["ScheduleJoin"], join!)] : null);
    }
}
