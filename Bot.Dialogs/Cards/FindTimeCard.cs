using System.Globalization;
using System.Text.Json.Nodes;
using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Domain.Scheduling;
using MentorBot.Dialogs.Localization;

namespace MentorBot.Dialogs.Cards;

/// <summary>
/// Meeting slots for a pair, each with its own button: Book (Action.Execute, updates in place) or a Teams link; or,
/// for moving a booked meeting, Move here.
/// </summary>
public static class FindTimeCard
{
    public const string BookVerb = "bookSlot";
    public const string MoveVerb = "moveMeeting";
    public const string MoveSlotVerb = "moveSlot";
    public const string StartField = "start";
    public const string EndField = "end";

    /// <summary>The start of the meeting a Move button moves: a press on a card older than the last move is stale.</summary>
    public const string FromField = "from";

    public static JsonObject Build(FindTimeView view, Localizer text)
    {
        var body = new List<JsonNode> { AdaptiveCard.Heading(text.Format(view.Moving is null ? "ScheduleTitle" : "ScheduleMoveTitle", Markdown.Literal(view.OtherName))) };
        if (view.NoticeKey is { } notice)
            body.Add(Attention(text[notice]));
        if (view.Moving is { } moving)
            body.Add(AdaptiveCard.Text(text.Format("ScheduleMoveNow", SlotText.Format(Before(moving), view.ViewerTimeZone, text))));
        body.Add(AdaptiveCard.Text(text[view.ModeKey], subtle: true));
        if (view.Slots.Count == 0)
            body.Add(AdaptiveCard.Text(text["ScheduleNoSlots"]));
        foreach (var offered in view.Slots)
        {
            body.Add(AdaptiveCard.Text(SlotText.Format(offered.Slot, view.ViewerTimeZone, text), weight: "Bolder"));
            body.Add(Actions(SlotButton(view, offered, text)));
        }

        return AdaptiveCard.Create(body);
    }

    /// <summary>ISO 8601 in UTC, to the second: what the Book button posts back.</summary>
    public static string Iso(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>The button that asks for times to move the pair's booked meeting starting at <paramref name="from"/>.</summary>
    public static JsonObject MoveButton(string programmeId, string pairId, DateTimeOffset from, Localizer text) =>
        AdaptiveCard.Execute(text["ScheduleMove"], MoveVerb, new JsonObject
        {
            [CardData.ProgrammeIdField] = programmeId,
            [CardData.PairIdField] = pairId,
            [FromField] = Iso(from),
        });

    private static JsonObject SlotButton(FindTimeView view, OfferedSlot offered, Localizer text)
    {
        if (!view.CanBook && offered.Link is { } link)
            return AdaptiveCard.OpenUrl(text["ScheduleOpenInTeams"], link);
        var data = new JsonObject
        {
            [CardData.ProgrammeIdField] = view.ProgrammeId,
            [CardData.PairIdField] = view.PairId,
            [StartField] = Iso(offered.Slot.Start),
            [EndField] = Iso(offered.Slot.End),
        };
        if (view.Moving is { } moving)
        {
            data[FromField] = Iso(moving.Start);
            return AdaptiveCard.Execute(text["ScheduleMoveHere"], MoveSlotVerb, data);
        }

        return AdaptiveCard.Execute(text["ScheduleBook"], BookVerb, data);
    }

    // Where the meeting is now: for a move still to be confirmed, where it comes from.
    private static TimeRange Before(PairMeeting moving) =>
        moving.Before?.Range ?? moving.Range;

    private static JsonObject Actions(params JsonObject[] buttons) => new() { ["type"] = "ActionSet", ["actions"] = new JsonArray(buttons) };

    private static JsonObject Attention(string message)
    {
        var block = AdaptiveCard.Text(message, weight: "Bolder");
        block["color"] = "Attention";
        return block;
    }
}
