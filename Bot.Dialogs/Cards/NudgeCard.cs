using System.Text.Json.Nodes;
using MentorBot.Dialogs.Domain.Nudges;
using MentorBot.Dialogs.Localization;

namespace MentorBot.Dialogs.Cards;

/// <summary>
/// A nudge to a quiet pair: why (how long since they met), with one click to <b>Find a time</b> and one to <b>Snooze a
/// week</b>. Both are Action.Execute: snoozing rebuilds the card in place as snoozed, keeping Find a time.
/// </summary>
public static class NudgeCard
{
    /// <summary>Snooze a week: the pair's nudges wait seven days from the press.</summary>
    public const string SnoozeVerb = "nudgeSnooze";

    /// <summary>Which nudge a press answers: its period (the presser is its recipient).</summary>
    public const string NudgeIdField = "nudgeId";

    public static JsonObject Build(NudgeView view, Localizer text)
    {
        var partner = Markdown.Literal(view.PartnerName);
        var body = new List<JsonNode>
        {
            AdaptiveCard.Heading(text.Format("NudgeTitle", partner)),
            AdaptiveCard.Text(text.Format(view.HaveMet ? "NudgeNoMeetingFor" : "NudgeNoMeetingYet", partner, Markdown.Literal(view.ProgrammeName), view.QuietDays)),
        };
        var pair = new JsonObject { [CardData.ProgrammeIdField] = view.Nudge.ProgrammeId, [CardData.PairIdField] = view.Nudge.PairId };
        var actions = new List<JsonNode> { AdaptiveCard.Execute(text["FindTimeButton"], CardData.FindTimeVerb, pair.DeepClone().AsObject()) };
        if (view.SnoozedUntil is { } until)
        {
            body.Add(AdaptiveCard.Text(text.Format("NudgeSnoozedUntil", partner, CardDates.Day(until, view.ViewerTimeZone, text)), weight: "Bolder"));
        }
        else
        {
            body.Add(AdaptiveCard.Text(text["NudgeOneClick"], subtle: true));
            var data = pair.DeepClone().AsObject();
            data[NudgeIdField] = view.Nudge.Period;
            actions.Add(AdaptiveCard.Execute(text["NudgeSnoozeButton"], SnoozeVerb, data));
        }

        return AdaptiveCard.Create(body, actions);
    }
}
