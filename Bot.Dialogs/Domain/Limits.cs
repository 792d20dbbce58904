namespace MentorBot.Dialogs.Domain;

/// <summary>The bounds of what people may enter; shared by validation and by the messages that state them.</summary>
public static class Limits
{
    public const int ProgrammeNameMin = 3;
    public const int ProgrammeNameMax = 80;
    public const int MaxProgrammeYears = 3;
    public const int SkillMax = 40;
    public const int DepartmentMax = 80;
    public const int JobTitleMax = 80;
    public const int CatalogueMax = 50;
    public const int GoalMin = 3;
    public const int GoalMax = 200;
    public const int GoalsMax = 3;
    public const int ProfileSkillsMax = 10;
    public const int LanguagesMax = 5;
    public const int CapacityMin = 1;
    public const int CapacityMax = 10;
    public const int RatingMin = 1;
    public const int RatingMax = 5;
    public const int CheckInDaysMax = 90;
    public const int MentorAnswerDaysMax = 14;
    public const int DeclineReasonMax = 500;
    public const int BlockerMax = 1000;
    public const int LeadMessageMax = 500;
    public const int SurveyTextMax = 1000;
    public const int MinAnswersMin = 1;
    public const int MinAnswersMax = 50;
}
