using System.Text.Json.Nodes;
using MentorBot.Dialogs.Abstractions.Exports;
using MentorBot.Dialogs.Localization;

namespace MentorBot.Dialogs.Cards;

/// <summary>
/// What `export` answers a lead with: the two CSV files of a programme as download buttons, how long their links work,
/// and what the files leave out. Buttons open the links in the browser; nothing is pressed back to the bot.
/// </summary>
public static class ExportCard
{
    public static JsonObject Build(string programmeName, ExportLinks links, int minAnswers, Localizer text)
    {
        ArgumentNullException.ThrowIfNull(links);
        ArgumentNullException.ThrowIfNull(text);
        return AdaptiveCard.Create(
            [
                AdaptiveCard.Heading(text.Format("ExportTitle", Markdown.Literal(programmeName))),
                AdaptiveCard.Text(text.Format("ExportLinksExpire", (int)Math.Round(links.Lifetime.TotalMinutes))),
                AdaptiveCard.Text(text.Format("ExportWhatIsIn", minAnswers), subtle: true),
            ],
            [
                AdaptiveCard.OpenUrl(text["ExportPairsButton"], links.Pairs),
                AdaptiveCard.OpenUrl(text["ExportProgrammeButton"], links.Programme),
            ]);
    }
}
