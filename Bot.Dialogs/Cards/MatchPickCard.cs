using System.Text.Json.Nodes;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Localization;

namespace MentorBot.Dialogs.Cards;

/// <summary>A lead with several open programmes picks the one to match.</summary>
public static class MatchPickCard
{
    public const string Verb = "matchRun";

    /// <summary>Buttons shown at most; a lead with more open programmes types `match` and the programme's name.</summary>
    public const int MaxButtons = 6;

    public static JsonObject Build(IReadOnlyList<Programme> programmes, Localizer text)
    {
        var shown = Excerpt.Of(programmes, MaxButtons);
        var body = new List<JsonNode> { AdaptiveCard.Heading(text["MatchPickTitle"]), AdaptiveCard.Text(text["MatchPickBody"]) };
        if (shown.MoreLine(text) is { } more)
            body.Add(more);
        return AdaptiveCard.Create(
            body,
            shown.Shown.Select(p => (JsonNode)AdaptiveCard.Execute(Markdown.Plain(p.Name), Verb, new JsonObject { [CardData.ProgrammeIdField] = p.Id })));
    }
}
