using System.Text.Json.Nodes;
using MentorBot.Dialogs.Localization;

namespace MentorBot.Dialogs.Cards;

/// <summary>
/// A reminder of an unanswered check-in is the check-in card itself with a notice on top, not a card of its own: the
/// person answers right there, through the check-in's own verb and id, so an answer from the reminder and one from the
/// original card are the same answer (the second press is told it is recorded), and nothing new needs a handler.
/// </summary>
public static class CheckInReminderCard
{
    public static JsonObject Build(CheckInView view, Localizer text) =>
        CheckInCard.Build(view with { Notice = ("CheckInReminderNotice", [CardDates.Day(view.CheckIn.SentAt, view.ViewerTimeZone, text)]) }, text);
}
