using System.Text.Json.Nodes;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Localization;

namespace MentorBot.Dialogs.Cards;

/// <summary>The confirmation before closing a programme; it carries the version the lead saw.</summary>
public static class ProgrammeCloseCard
{
    public const string Verb = "programmeCloseConfirm";

    public static JsonObject Build(Programme p, string version, Localizer text) => AdaptiveCard.Create(
        [AdaptiveCard.Heading(text.Format("ProgrammeCloseTitle", Markdown.Literal(p.Name))), AdaptiveCard.Text(text.Format("ProgrammeCloseWarning", (int)Domain.Surveys.ClosingWindow.Length.TotalDays))],
        [AdaptiveCard.Submit(text["ProgrammeCloseConfirm"], Verb, new JsonObject { [ProgrammeFormCard.IdField] = p.Id, [ProgrammeFormCard.VersionField] = version })]);
}
