using System.Text.Json.Nodes;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Localization;

namespace MentorBot.Dialogs.Cards;

/// <summary>
/// What a mentor or mentee is shown about the other person on the offer, choice and introduction cards: their
/// name, work, goals, skills, languages and time zone. One place, so the cards tell the same story.
/// </summary>
public static class PersonFacts
{
    /// <summary>The person's name as plain text, for button titles and view models; cards show it through <see cref="LiteralName"/>.</summary>
    public static string NameOf(Participant person, Localizer text) =>
        string.IsNullOrWhiteSpace(person.DisplayName) ? text["PersonUnnamed"] : Markdown.Plain(person.DisplayName.Trim());

    /// <summary>The person's name for a TextBlock or a fact: what they are called, never markup.</summary>
    public static string LiteralName(Participant person, Localizer text) =>
        string.IsNullOrWhiteSpace(person.DisplayName) ? text["PersonUnnamed"] : Markdown.Literal(person.DisplayName.Trim());

    public static JsonObject Of(Participant person, Localizer text)
    {
        var facts = new List<(string, string)>();
        Add(facts, text["FactJobTitle"], Markdown.Literal(person.JobTitle?.Trim()));
        Add(facts, text["FactDepartment"], Markdown.Literal(person.Department?.Trim()));
        Add(facts, text["FactGoals"], Numbered(person.Goals));
        Add(facts, text["FactSkills"], string.Join(", ", person.Skills.Select(Markdown.Literal)));
        Add(facts, text["FactLanguages"], string.Join(", ", person.Languages.Select(l => Localizer.LanguageName(l, text.Culture))));
        Add(facts, text["FactTimeZone"], Markdown.Literal(person.WorkingHours?.TimeZone));
        if (facts.Count == 0)
            facts.Add((text["FactProfile"], text["FactProfileEmpty"]));
        return AdaptiveCard.FactSet(facts);
    }

    /// <summary>The score and the reasons behind it, as the matching round explained them.</summary>
    public static IEnumerable<JsonObject> Score(int percent, IReadOnlyList<Domain.Matching.MatchReason> reasons, Localizer text)
    {
        yield return AdaptiveCard.Text(text.Format("MatchScorePercent", percent), weight: "Bolder");
        if (reasons.Count > 0)
            yield return AdaptiveCard.Text(ReasonText.List(reasons, text));
    }

    /// <summary>Goals as a numbered Markdown list whose items are literal: the numbers are ours, the words theirs.</summary>
    public static string Numbered(IEnumerable<string> goals) =>
        string.Join("\n", goals.Select((g, i) => $"{i + 1}. {Markdown.Literal(g.Trim())}"));

    private static void Add(List<(string, string)> facts, string title, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
            facts.Add((title, value.Trim()));
    }
}
