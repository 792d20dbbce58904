using System.Text.Json.Nodes;
using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Conversations.Flows;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Localization;

namespace MentorBot.Dialogs.Conversations.Onboarding;

/// <summary>Shows everything collected before it is saved; `restart` starts over, `cancel` drops it.</summary>
public sealed class ConfirmStep : IFlowStep<OnboardingDraft>
{
    public const string StepName = "confirm";

    public string Name => StepName;

    public bool AcceptsText => false;

    public JsonObject Prompt(OnboardingDraft draft, Localizer text) => FlowCards.Step(
        text,
        text["OnboardConfirmTitle"],
        [ProfileFacts.Build(draft, text), AdaptiveCard.Text(text["OnboardConfirmHint"], subtle: true)],
        buttonKey: "OnboardConfirmButton");

    public StepOutcome Accept(OnboardingDraft draft, FlowInput input) => StepOutcome.Accepted;
}

/// <summary>A profile as facts, shared by the confirmation card and the profile card.</summary>
public static class ProfileFacts
{
    public static JsonObject Build(OnboardingDraft d, Localizer text)
    {
        var culture = text.Culture;
        var facts = new List<(string, string)>
        {
            (text["FactRole"], text[d.Role == Role.Mentor ? "RoleMentor" : "RoleMentee"]),
            (text["FactProgramme"], Markdown.Literal(d.ProgrammeOptions.FirstOrDefault(o => o.Id == d.ProgrammeId)?.Name ?? d.ProgrammeId ?? "-")),
            (text["FactGoals"], PersonFacts.Numbered(d.Goals)),
            (text["FactSkills"], string.Join(", ", d.Skills.Select(Markdown.Literal))),
            (text["FactDepartment"], string.IsNullOrEmpty(d.JobTitle) ? Markdown.Literal(d.Department ?? "-") : $"{Markdown.Literal(d.Department)} – {Markdown.Literal(d.JobTitle)}"),
            (text["FactSeniority"], d.Seniority is { } seniority ? text.Of(seniority) : "-"),
            (text["FactDepartmentPreference"], text.Of(d.DepartmentPreference)),
            (text["FactLanguages"], string.Join(", ", d.Languages.Select(l => Localizer.LanguageName(l, culture)))),
            (text["FactCadence"], text.Of(d.Cadence)),
            (text["FactHours"], string.Format(culture, "{0}–{1} ({2}), {3}", d.WorkStart.ToString("t", culture), d.WorkEnd.ToString("t", culture), Markdown.Literal(d.TimeZone), string.Join(", ", d.WorkDays.Select(day => culture.DateTimeFormat.GetAbbreviatedDayName(day))))),
        };
        if (d.Role == Role.Mentor)
            facts.Add((text["FactCapacity"], d.Capacity?.ToString(culture) ?? "-"));
        if (d.Baseline is { } b)
        {
            var baseline = text.Format("FactBaselineValue", b.Skills, b.Opportunities, b.Satisfaction);
            if (b.LeadershipConfidence is { } leadership)
                baseline += text.Format("FactBaselineLeadership", leadership);
            facts.Add((text["FactBaseline"], baseline));
        }

        return AdaptiveCard.FactSet(facts);
    }
}
