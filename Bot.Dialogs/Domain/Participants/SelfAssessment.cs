namespace MentorBot.Dialogs.Domain.Participants;

/// <summary>
/// A self-assessment on the three axes mentoring is measured on (1–5 each), taken at onboarding as the
/// baseline and again in feedback surveys. Mentors also rate their leadership confidence.
/// </summary>
public sealed record SelfAssessment(int Skills, int Opportunities, int Satisfaction, int? LeadershipConfidence = null)
{
    public IEnumerable<ValidationError> Check(Role role)
    {
        foreach (var (field, value) in new[] { ("skills", Skills), ("opportunities", Opportunities), ("satisfaction", Satisfaction) })
        {
            if (value is < Limits.RatingMin or > Limits.RatingMax)
                yield return new ValidationError(field, "ErrorRating", Limits.RatingMin, Limits.RatingMax);
        }

        if (role == Role.Mentor && LeadershipConfidence is not (>= Limits.RatingMin and <= Limits.RatingMax))
            yield return new ValidationError("leadership", "ErrorRating", Limits.RatingMin, Limits.RatingMax);
    }
}
