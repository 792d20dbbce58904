using System.Text.Json.Nodes;
using MentorBot.Dialogs.Localization;

namespace MentorBot.Dialogs.Cards;

/// <summary>"Find a time" for someone in several pairs: one button per pair, each opening that pair's slots.</summary>
public static class PairPickCard
{
    public static JsonObject Build(IReadOnlyList<(string ProgrammeId, string PairId, string Title)> pairs, Localizer text) =>
        AdaptiveCard.Create(
            [AdaptiveCard.Heading(text["SchedulePickPair"])],
            pairs.Select(p => (JsonNode)AdaptiveCard.Execute(Markdown.Plain(p.Title), CardData.FindTimeVerb, new JsonObject
            {
                [CardData.ProgrammeIdField] = p.ProgrammeId,
                [CardData.PairIdField] = p.PairId,
            })));
}
