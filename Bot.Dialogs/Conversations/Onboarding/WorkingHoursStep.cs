using System.Globalization;
using System.Text.Json.Nodes;
using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Conversations.Flows;
using MentorBot.Dialogs.Domain;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Localization;

namespace MentorBot.Dialogs.Conversations.Onboarding;

/// <summary>Working hours, days and time zone: meetings and nudges land inside them.</summary>
public sealed class WorkingHoursStep : IFlowStep<OnboardingDraft>
{
    public const string StepName = "workingHours";

    public string Name => StepName;

    public bool AcceptsText => false;

    public JsonObject Prompt(OnboardingDraft draft, Localizer text) => FlowCards.Step(
        text,
        text["OnboardHoursTitle"],
        [
            CardInputs.Time("workStart", text["OnboardHoursStart"], draft.WorkStart.ToString("HH:mm", CultureInfo.InvariantCulture)),
            CardInputs.Time("workEnd", text["OnboardHoursEnd"], draft.WorkEnd.ToString("HH:mm", CultureInfo.InvariantCulture)),
            CardInputs.Choices("workDays", text["OnboardHoursDays"],
                Week(text.Culture).Select(d => (text.Culture.DateTimeFormat.GetDayName(d), d.ToString())), string.Join(',', draft.WorkDays), multiSelect: true),
            CardInputs.Text("timeZone", text["OnboardHoursTimeZone"], draft.TimeZone, maxLength: 64, required: true, placeholder: "Europe/Paris"),
        ]);

    public StepOutcome Accept(OnboardingDraft draft, FlowInput input)
    {
        var errors = new List<ValidationError>();
        if (!TryTime(input.Field("workStart"), out var start) || !TryTime(input.Field("workEnd"), out var end))
        {
            errors.Add(new ValidationError("workingHours", "ErrorTimeFormat"));
            start = end = default;
        }

        var days = input.List("workDays");
        var parsed = days.Select(d => EnumField.TryParse<DayOfWeek>(d, out var day) ? day : (DayOfWeek?)null).ToList();
        if (parsed.Any(d => d is null))
            errors.Add(new ValidationError("workDays", "ErrorChoiceNotOffered"));
        var zone = input.Field("timeZone");
        if (errors.Count == 0)
            errors.AddRange(new WorkingHours(start, end, parsed.OfType<DayOfWeek>().Distinct().ToList(), zone ?? string.Empty).Check());
        if (errors.Count > 0)
            return new StepOutcome(errors);

        draft.WorkStart = start;
        draft.WorkEnd = end;
        draft.WorkDays = parsed.OfType<DayOfWeek>().Distinct().Order().ToList();
        draft.TimeZone = zone;
        return StepOutcome.Accepted;
    }

    private static bool TryTime(string? value, out TimeOnly time) =>
        TimeOnly.TryParseExact(value, ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    // Weeks start on Monday in French and on Sunday in US English; list days the way the user reads a calendar.
    private static IEnumerable<DayOfWeek> Week(CultureInfo culture)
    {
        var first = culture.DateTimeFormat.FirstDayOfWeek;
        return Enumerable.Range(0, 7).Select(i => (DayOfWeek)(((int)first + i) % 7));
    }
}
