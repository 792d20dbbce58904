using System.Text.Json.Nodes;
using MentorBot.Dialogs.Localization;

namespace MentorBot.Dialogs.Cards;

/// <summary>
/// "Find a time" or "check in" for someone in several pairs: one button per pair, each opening that pair's slots (or
/// check-in: the verb and the heading say which).
/// </summary>
public static class PairPickCard
{
    public static JsonObject Build(IReadOnlyList<(string ProgrammeId, string PairId, string Title)> pairs, Localizer text, string verb = CardData.FindTimeVerb, string headingKey = "SchedulePickPair") =>
        AdaptiveCard.Create(
            [AdaptiveCard.Heading(text[headingKey])],
            pairs.Select(p => (JsonNode)AdaptiveCard.Execute(Markdown.Plain(p.Title), verb, new JsonObject
            {
                [CardData.ProgrammeIdField] = p.ProgrammeId,
                [CardData.PairIdField] = p.PairId,
            })));
}
