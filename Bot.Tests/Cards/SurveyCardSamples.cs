using System.Text.Json.Nodes;
using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Surveys;
using MentorBot.Dialogs.Localization;

namespace MentorBot.Tests.Cards;

/// <summary>The survey cards of the <see cref="CardCatalogue"/>: each kind and role, unanswered and answered, with <c>u</c> applied to what people typed.</summary>
internal static class SurveyCardSamples
{
    private static readonly DateTimeOffset Sent = new(2027, 3, 1, 9, 0, 0, TimeSpan.Zero);

    public static IEnumerable<(string Name, Func<Localizer, JsonObject> Build)> Cards(Func<string, string> u)
    {
        var mid = Survey(SurveyKind.Mid, Role.Mentee) with { Baseline = new SelfAssessment(3, 2, 4) };
        var view = new SurveyView(mid, u("Data mentoring"), u("Grace Hopper"), "Europe/Paris");
        yield return (nameof(SurveyCard), text => SurveyCard.Build(view, text));
        yield return ("SurveyCard.Reminder", text => SurveyCard.Build(view with { IsReminder = true, Notice = ("ErrorSurveyRating", [text["AxisSkills"], 1, 5]) }, text));

        var end = Survey(SurveyKind.End, Role.Mentor);
        var endView = view with { Survey = end, PartnerName = u("Ada Lovelace") };
        yield return ("SurveyCard.EndMentorWithoutBaseline", text => SurveyCard.Build(endView, text));

        var answer = new SurveyAnswer(new SelfAssessment(4, 3, 4), 5, 9) { HelpedMost = u("Regular meetings"), WouldChange = u("More time") };
        yield return ("SurveyCard.Answered", text => SurveyCard.Build(view with { Survey = mid.Answered(answer, Sent.AddDays(1)).Value }, text));
        var closing = new SurveyAnswer(new SelfAssessment(4, 4, 5, 5), 4, 10) { MentorGained = u("Patience"), Choice = CycleChoice.Close };
        var answeredEnd = end with { Baseline = new SelfAssessment(2, 3, 3, 2) };
        yield return ("SurveyCard.AnsweredEnd", text => SurveyCard.Build(endView with { Survey = answeredEnd.Answered(closing, Sent.AddDays(1)).Value }, text));
        yield return ("SurveyCard.AnsweredContinue", text => SurveyCard.Build(endView with { Survey = answeredEnd.Answered(closing with { Choice = CycleChoice.Continue }, Sent.AddDays(1)).Value }, text));
        foreach (var state in Enum.GetValues<ContinuingState>())
            yield return (state == ContinuingState.Continuing ? nameof(ContinuingCard) : $"ContinuingCard.{state}", text => ContinuingCard.Build(new ContinuingView("programme-1", "pair-1", "Data <mentoring>", "Max *Mentor*", state), text));
    }

    private static Survey Survey(SurveyKind kind, Role role) => new()
    {
        ProgrammeId = "p-1",
        PairId = "m~u",
        TenantId = "t",
        UserObjectId = role == Role.Mentee ? "m" : "u",
        Role = role,
        Kind = kind,
        DueAt = Sent,
        SentAt = Sent,
    };
}
