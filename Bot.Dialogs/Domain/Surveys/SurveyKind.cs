namespace MentorBot.Dialogs.Domain.Surveys;

/// <summary>Which feedback survey: mid-way through the programme, or in its last week (which also asks continue or close).</summary>
public enum SurveyKind
{
    Mid,
    End,
}
