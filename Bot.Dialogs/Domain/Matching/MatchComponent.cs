namespace MentorBot.Dialogs.Domain.Matching;

/// <summary>The named parts of a match score, each weighted by <see cref="MatchingWeights"/>.</summary>
public enum MatchComponent
{
    Skills,
    Goals,
    SharedHours,
    TimeZone,
    Department,
    Seniority,
    Language,
}
