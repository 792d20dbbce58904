using System.Text.Json.Nodes;
using MentorBot.Dialogs.Domain.Nudges;
using MentorBot.Dialogs.Localization;

namespace MentorBot.Dialogs.Cards;

/// <summary>
/// Asked once of someone who left three check-ins in a row unanswered: stay, pause (until a date they may give) or
/// leave. One verb, the choice in the data; Action.Execute, so the card shows the answer in place.
/// </summary>
public static class StayPauseLeaveCard
{
    public const string Verb = "stayPauseLeave";

    public const string ChoiceField = "choice";
    public const string PauseUntilField = "pauseUntil";
    public const string Stay = "stay";
    public const string Pause = "pause";
    public const string Leave = "leave";

    public static JsonObject Build(StayPauseLeaveView view, Localizer text)
    {
        var partner = Markdown.Literal(view.PartnerName);
        var body = new List<JsonNode>
        {
            AdaptiveCard.Heading(text.Format("StayPauseLeaveTitle", partner)),
            AdaptiveCard.Text(text.Format("StayPauseLeaveBody", view.Unanswered, Markdown.Literal(view.ProgrammeName))),
        };
        switch (view.Answer)
        {
            case NudgeResponse.Stay:
                body.Add(AdaptiveCard.Text(text.Format("StayPauseLeaveStayed", partner), weight: "Bolder"));
                return AdaptiveCard.Create(body);
            case NudgeResponse.Pause:
                body.Add(AdaptiveCard.Text(text["StayPauseLeavePaused"], weight: "Bolder"));
                return AdaptiveCard.Create(body);
            case NudgeResponse.Leave:
                body.Add(AdaptiveCard.Text(text["StayPauseLeaveLeft"], weight: "Bolder"));
                return AdaptiveCard.Create(body);
        }

        body.Add(new JsonObject { ["type"] = "Input.Date", ["id"] = PauseUntilField, ["label"] = text["StayPauseLeaveUntil"] });
        return AdaptiveCard.Create(body, [Choice(view, text["StayPauseLeaveStay"], Stay), Choice(view, text["PauseButton"], Pause), Choice(view, text["StayPauseLeaveLeave"], Leave)]);
    }

    private static JsonObject Choice(StayPauseLeaveView view, string title, string choice) =>
        AdaptiveCard.Execute(title, Verb, new JsonObject
        {
            [CardData.ProgrammeIdField] = view.Nudge.ProgrammeId,
            [CardData.PairIdField] = view.Nudge.PairId,
            [NudgeCard.NudgeIdField] = view.Nudge.Period,
            [ChoiceField] = choice,
        });
}
