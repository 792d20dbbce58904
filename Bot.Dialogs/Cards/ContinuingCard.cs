using System.Text.Json.Nodes;
using MentorBot.Dialogs.Localization;

namespace MentorBot.Dialogs.Cards;

/// <summary>
/// Told to both people of a pair that chose to continue informally: the programme stops following them, and one
/// button asks to be followed again (check-ins and nudges), which takes both of them. Action.Execute, so the card shows
/// where that stands in place.
/// </summary>
public static class ContinuingCard
{
    public const string Verb = "continuingOptIn";

    public static JsonObject Build(ContinuingView view, Localizer text)
    {
        var partner = Markdown.Literal(view.PartnerName);
        var body = new List<JsonNode> { AdaptiveCard.Text(text.Format("SurveyBothContinue", partner, Markdown.Literal(view.ProgrammeName))) };
        switch (view.State)
        {
            case ContinuingState.WaitingForPartner:
                body.Add(AdaptiveCard.Text(text.Format("ContinuingOptedIn", partner), weight: "Bolder"));
                return AdaptiveCard.Create(body);
            case ContinuingState.FollowedAgain:
                body.Add(AdaptiveCard.Text(text["ContinuingFollowedAgain"], weight: "Bolder"));
                return AdaptiveCard.Create(body);
            case ContinuingState.Over:
                body.Add(AdaptiveCard.Text(text["ContinuingOver"], weight: "Bolder"));
                return AdaptiveCard.Create(body);
        }

        body.Add(AdaptiveCard.Text(text["ContinuingOptInHint"], subtle: true));
        return AdaptiveCard.Create(body,
        [
            AdaptiveCard.Execute(text["ContinuingOptIn"], Verb, new JsonObject
            {
                [CardData.ProgrammeIdField] = view.ProgrammeId,
                [CardData.PairIdField] = view.PairId,
            }),
        ]);
    }
}

/// <summary>Where a continuing pair stands for the person looking: nothing asked, asked and waiting, followed again, or ended.</summary>
public enum ContinuingState
{
    Continuing,
    WaitingForPartner,
    FollowedAgain,
    Over,
}

public sealed record ContinuingView(string ProgrammeId, string PairId, string ProgrammeName, string PartnerName, ContinuingState State);
