using System.Text.Json.Nodes;
using MentorBot.Dialogs.Localization;

namespace MentorBot.Dialogs.Cards;

/// <summary>
/// What a programme's leads receive when someone answers "not a good fit": who the pair is and who said it (never
/// to the partner), with one-click End and rematch. Action.Execute: once pressed the card shows what was done.
/// </summary>
public static class FitConcernCard
{
    public const string EndAndRematchVerb = "fitEndRematch";

    /// <param name="Message">The concern, in the lead's language (names already literal Markdown).</param>
    /// <param name="Outcome">What End and rematch did; while null the button is offered.</param>
    public sealed record View(string ProgrammeId, string PairId, string Message)
    {
        public string? Outcome { get; init; }
    }

    public static JsonObject Build(View view, Localizer text)
    {
        var body = new List<JsonNode> { AdaptiveCard.Heading(text["FitConcernTitle"]), AdaptiveCard.Text(view.Message) };
        if (view.Outcome is { } outcome)
        {
            body.Add(AdaptiveCard.Text(outcome, weight: "Bolder"));
            return AdaptiveCard.Create(body);
        }

        return AdaptiveCard.Create(body, [AdaptiveCard.Execute(text["FitEndAndRematch"], EndAndRematchVerb, new JsonObject
        {
            [CardData.ProgrammeIdField] = view.ProgrammeId,
            [CardData.PairIdField] = view.PairId,
        })]);
    }
}
