using System.Text.Json.Nodes;
using MentorBot.Dialogs.Localization;

namespace MentorBot.Dialogs.Cards;

/// <summary>The meeting is in both calendars: when, with whom, the Teams join button (or why there is none), and Move.</summary>
public static class BookedMeetingCard
{
    public static JsonObject Build(BookedMeetingView view, Localizer text)
    {
        var body = new List<JsonNode>
        {
            AdaptiveCard.Heading(text.Format(view.Moved ? "ScheduleMovedTitle" : "ScheduleBookedTitle", Markdown.Literal(view.OtherName))),
            AdaptiveCard.Text(SlotText.Format(view.Slot, view.TimeZone, text), weight: "Bolder"),
        };
        if (view.BookedBy is { } bookedBy)
            body.Add(AdaptiveCard.Text(text.Format(view.Moved ? "ScheduleMovedBy" : "ScheduleBookedBy", Markdown.Literal(bookedBy))));
        if (view.Upcoming)
            body.Add(AdaptiveCard.Text(text["ScheduleUpcomingNote"]));
        var hasLink = Uri.TryCreate(view.JoinUrl, UriKind.Absolute, out var join) && join.Scheme == Uri.UriSchemeHttps;
        if (!hasLink)
            body.Add(AdaptiveCard.Text(text["ScheduleBookedNoTeamsLink"]));
        var actions = new List<JsonNode>();
        if (hasLink)
            actions.Add(AdaptiveCard.OpenUrl(text["ScheduleJoin"], join!));
        if (view.Movable is var (programmeId, pairId))
            actions.Add(FindTimeCard.MoveButton(programmeId, pairId, view.Slot.Start, text));
        return AdaptiveCard.Create(body, actions.Count > 0 ? actions : null);
    }
}
