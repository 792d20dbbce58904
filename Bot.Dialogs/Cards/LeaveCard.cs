using System.Text.Json.Nodes;
using MentorBot.Dialogs.Localization;

namespace MentorBot.Dialogs.Cards;

/// <summary>Which programme to leave: one confirmation button per active membership.</summary>
public static class LeaveCard
{
    public const string Verb = "leave";
    public const string ProgrammeField = "programme";

    public static JsonObject Build(IEnumerable<(string Id, string Name)> programmes, Localizer text) => AdaptiveCard.Create(
        [AdaptiveCard.Heading(text["LeaveTitle"]), AdaptiveCard.Text(text["LeaveWarning"])],
        programmes.Select(p => (JsonNode)AdaptiveCard.Submit(text.Format("LeaveButton", Markdown.Plain(p.Name)), Verb, new JsonObject { [ProgrammeField] = p.Id })));
}
