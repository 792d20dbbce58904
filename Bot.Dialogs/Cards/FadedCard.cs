using System.Text.Json.Nodes;
using MentorBot.Dialogs.Domain.Nudges;
using MentorBot.Dialogs.Localization;

namespace MentorBot.Dialogs.Cards;

/// <summary>
/// Asked once per quiet spell of each person of a pair that has neither met nor answered a check-in for twice the
/// programme's days without a meeting: keep going, pause (until a date they may give) or end the pair (behind a
/// confirmation: it cannot be undone). One verb, the choice in the data; Action.Execute, so the card shows the answer in place.
/// </summary>
public static class FadedCard
{
    public const string Verb = "fadedAnswer";

    public const string ChoiceField = "choice";
    public const string PauseUntilField = "pauseUntil";
    public const string KeepGoing = "keep";
    public const string Pause = "pause";
    public const string End = "end";

    public static JsonObject Build(FadedView view, Localizer text)
    {
        var partner = Markdown.Literal(view.PartnerName);
        var body = new List<JsonNode>
        {
            AdaptiveCard.Heading(text.Format("FadedTitle", partner)),
            AdaptiveCard.Text(text.Format("FadedBody", partner, Markdown.Literal(view.ProgrammeName), view.QuietDays)),
        };
        switch (view.Answer)
        {
            case NudgeResponse.KeepGoing:
                body.Add(AdaptiveCard.Text(text.Format("FadedKeptGoing", partner), weight: "Bolder"));
                return AdaptiveCard.Create(body);
            case NudgeResponse.Pause:
                body.Add(AdaptiveCard.Text(text["StayPauseLeavePaused"], weight: "Bolder"));
                return AdaptiveCard.Create(body);
            case NudgeResponse.Ended:
                body.Add(AdaptiveCard.Text(text.Format("FadedEnded", partner), weight: "Bolder"));
                return AdaptiveCard.Create(body);
        }

        body.Add(new JsonObject { ["type"] = "Input.Date", ["id"] = PauseUntilField, ["label"] = text["StayPauseLeaveUntil"] });
        return AdaptiveCard.Create(body,
        [
            Choice(view, text["FadedKeepGoing"], KeepGoing),
            Choice(view, text["PauseButton"], Pause),
            AdaptiveCard.Confirm(text["FadedEnd"], text.Format("FadedEndConfirm", partner), Choice(view, text["FadedEnd"], End)),
        ]);
    }

    private static JsonObject Choice(FadedView view, string title, string choice) =>
        AdaptiveCard.Execute(title, Verb, new JsonObject
        {
            [CardData.ProgrammeIdField] = view.Nudge.ProgrammeId,
            [CardData.PairIdField] = view.Nudge.PairId,
            [NudgeCard.NudgeIdField] = view.Nudge.Period,
            [ChoiceField] = choice,
        });
}
