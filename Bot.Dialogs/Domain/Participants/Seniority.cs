namespace MentorBot.Dialogs.Domain.Participants;

/// <summary>
/// Career stage as people describe themselves; matching wants mentors more senior than their mentees
/// (the other way round in reverse mentoring). Ordered from least to most senior.
/// </summary>
public enum Seniority
{
    EarlyCareer,
    Experienced,
    Senior,
    Lead,
    Executive,
}
