using System.Text.Json.Nodes;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Localization;

namespace MentorBot.Dialogs.Cards;

/// <summary>A lead with several open programmes picks the one to match.</summary>
public static class MatchPickCard
{
    public const string Verb = "matchRun";

    public static JsonObject Build(IReadOnlyList<Programme> programmes, Localizer text) => AdaptiveCard.Create(
        [AdaptiveCard.Heading(text["MatchPickTitle"]), AdaptiveCard.Text(text["MatchPickBody"])],
        programmes.Select(p => (JsonNode)AdaptiveCard.Execute(p.Name, Verb, new JsonObject { [CardData.ProgrammeIdField] = p.Id })));
}
