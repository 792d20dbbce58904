using System.Text.Json.Nodes;
using MentorBot.Dialogs.Localization;

namespace MentorBot.Dialogs.Cards;

/// <summary>The mid or end feedback survey (journey 8). Being built: the questions and the answer come with their action.</summary>
public static class SurveyCard
{
    public static JsonObject Build(SurveyView view, Localizer text) =>
        AdaptiveCard.Create([AdaptiveCard.Heading(Markdown.Literal(view.ProgrammeName)), AdaptiveCard.Text(Markdown.Literal(view.PartnerName))]);
}
