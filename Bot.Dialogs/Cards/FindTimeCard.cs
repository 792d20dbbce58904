using System.Globalization;
using System.Text.Json.Nodes;
using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Domain.Scheduling;
using MentorBot.Dialogs.Localization;

namespace MentorBot.Dialogs.Cards;

/// <summary>Meeting slots for a pair, each with its own button: Book (Action.Execute, updates in place) or a Teams link.</summary>
public static class FindTimeCard
{
    public const string BookVerb = "bookSlot";
    public const string StartField = "start";
    public const string EndField = "end";

    public static JsonObject Build(FindTimeView view, Localizer text)
    {
        var body = new List<JsonNode> { AdaptiveCard.Heading(text.Format("ScheduleTitle", view.OtherName)) };
        if (view.NoticeKey is { } notice)
            body.Add(Attention(text[notice]));
        if (view.Upcoming is { } upcoming)
            body.AddRange(Upcoming(upcoming, view.ViewerTimeZone, text));
        body.Add(AdaptiveCard.Text(text[view.ModeKey], subtle: true));
        if (view.Slots.Count == 0)
            body.Add(AdaptiveCard.Text(text["ScheduleNoSlots"]));
        foreach (var offered in view.Slots)
        {
            body.Add(AdaptiveCard.Text(SlotText.Format(offered.Slot, view.ViewerTimeZone, text), weight: "Bolder"));
            var button = view.CanBook || offered.Link is null
                ? AdaptiveCard.Execute(text["ScheduleBook"], BookVerb, new JsonObject
                {
                    [CardData.ProgrammeIdField] = view.ProgrammeId,
                    [CardData.PairIdField] = view.PairId,
                    [StartField] = Iso(offered.Slot.Start),
                    [EndField] = Iso(offered.Slot.End),
                })
                : AdaptiveCard.OpenUrl(text["ScheduleOpenInTeams"], offered.Link);
            body.Add(new JsonObject { ["type"] = "ActionSet", ["actions"] = new JsonArray(button) });
        }

        return AdaptiveCard.Create(body);
    }

    /// <summary>ISO 8601 in UTC, to the second: what the Book button posts back.</summary>
    public static string Iso(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    // Someone who asks again after booking should see that meeting first, not book a second one by mistake.
    private static IEnumerable<JsonNode> Upcoming(PairMeeting meeting, string timeZone, Localizer text)
    {
        yield return AdaptiveCard.Text(text.Format("ScheduleUpcoming", SlotText.Format(new TimeRange(meeting.Start, meeting.End), timeZone, text)));
        if (Uri.TryCreate(meeting.JoinUrl, UriKind.Absolute, out var join) && join.Scheme == Uri.UriSchemeHttps)
            yield return new JsonObject { ["type"] = "ActionSet", ["actions"] = new JsonArray(AdaptiveCard.OpenUrl(text["ScheduleJoin"], join)) };
    }

    private static JsonObject Attention(string message)
    {
        var block = AdaptiveCard.Text(message, weight: "Bolder");
        block["color"] = "Attention";
        return block;
    }
}
