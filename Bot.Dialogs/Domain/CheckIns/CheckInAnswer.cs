namespace MentorBot.Dialogs.Domain.CheckIns;

/// <summary>
/// One person's answer to one check-in. The blocker is private: it reaches the programme's leads only when
/// <see cref="ShareBlockerWithLead"/> is set, and never the partner. Two answers are equal when they say the same
/// thing, so a second press of the same answer is recognised as one.
/// </summary>
public sealed record CheckInAnswer(Met Met, int? Usefulness, IReadOnlyList<GoalAnswer> Goals, string? Blocker = null, bool ShareBlockerWithLead = false, Fit? Fit = null, NextStep NextStep = NextStep.NotSure)
{
    /// <summary>What is wrong with this answer to <paramref name="checkIn"/>; nothing means it can be recorded.</summary>
    public IEnumerable<ValidationError> Check(CheckIn checkIn)
    {
        if (!Enum.IsDefined(Met))
            yield return new ValidationError("met", "ErrorCheckInMet");
        if (Met == Met.Yes && Usefulness is null)
            yield return new ValidationError("usefulness", "ErrorCheckInUsefulnessRequired", Limits.RatingMin, Limits.RatingMax);
        if (Usefulness is { } rating && rating is < Limits.RatingMin or > Limits.RatingMax)
            yield return new ValidationError("usefulness", "ErrorRating", Limits.RatingMin, Limits.RatingMax);

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var goal in Goals)
        {
            if (!checkIn.Goals.Any(g => g.Id == goal.GoalId) || !Enum.IsDefined(goal.Progress))
                yield return new ValidationError("goals", "ErrorCheckInUnknownGoal");
            else if (!seen.Add(goal.GoalId))
                yield return new ValidationError("goals", "ErrorCheckInGoalTwice");
        }

        if (Blocker is { } blocker && blocker.Trim().Length > Limits.BlockerMax)
            yield return new ValidationError("blocker", "ErrorTextTooLong", blocker.Trim().Length, Limits.BlockerMax);
        if (Fit is { } fit && (!checkIn.AsksFit || !Enum.IsDefined(fit)))
            yield return new ValidationError("fit", "ErrorCheckInFitNotAsked");
        if (!Enum.IsDefined(NextStep))
            yield return new ValidationError("nextStep", "ErrorCheckInNextStep");
    }

    /// <summary>
    /// The answer as stored: a rating only for a meeting that happened, a blocker trimmed (or none), and nothing
    /// shared when there is nothing to share.
    /// </summary>
    public CheckInAnswer Normalised()
    {
        var blocker = string.IsNullOrWhiteSpace(Blocker) ? null : Blocker.Trim();
        return this with
        {
            Usefulness = Met == Met.Yes ? Usefulness : null,
            Blocker = blocker,
            ShareBlockerWithLead = blocker is not null && ShareBlockerWithLead,
        };
    }

    public bool Equals(CheckInAnswer? other) =>
        other is not null && Met == other.Met && Usefulness == other.Usefulness && Goals.SequenceEqual(other.Goals) &&
        Blocker == other.Blocker && ShareBlockerWithLead == other.ShareBlockerWithLead && Fit == other.Fit && NextStep == other.NextStep;

    public override int GetHashCode() =>
        Goals.Aggregate(HashCode.Combine(Met, Usefulness, Blocker, ShareBlockerWithLead, Fit, NextStep), HashCode.Combine);
}
