namespace MentorBot.Dialogs.Domain.Matching;

/// <summary>
/// How much each part of a match counts, per programme. A component scores its weight in full when it is fully met
/// and a share of it otherwise, so a pair's score is out of <see cref="Maximum"/>. The defaults add up to 1000 so a
/// score reads as per mille: skills and goals (400) count most because they are why people join; shared hours (200)
/// decide whether a pair can meet at all; time zone, department, seniority and language are 100 each.
/// </summary>
public sealed record MatchingWeights
{
    public const int WeightMax = 1000;

    public static MatchingWeights Default { get; } = new();

    /// <summary>The share of the mentee's wanted skills that the mentor offers.</summary>
    public int Skills { get; init; } = 300;

    /// <summary>The mentor's offered skills that the mentee's goals mention (full marks at two, or all the mentor offers if fewer).</summary>
    public int Goals { get; init; } = 100;

    /// <summary>Hours per week both work at the same time; full marks at <see cref="FullSharedHours"/>.</summary>
    public int SharedHours { get; init; } = 200;

    /// <summary>Closeness of the two UTC offsets: full marks in the same offset, none at 12 hours apart or more.</summary>
    public int TimeZone { get; init; } = 100;

    /// <summary>The mentee's department preference met (or no preference).</summary>
    public int Department { get; init; } = 100;

    /// <summary>The mentor more senior than the mentee (more junior in reverse mentoring); half when equal.</summary>
    public int Seniority { get; init; } = 100;

    /// <summary>A language both speak. No shared language at all excludes the pair whatever the weight (see MatchScorer).</summary>
    public int Language { get; init; } = 100;

    /// <summary>Shared working hours a week that earn the full <see cref="SharedHours"/> weight: a fortnightly hour needs slack around it.</summary>
    public int FullSharedHours { get; init; } = 10;

    /// <summary>
    /// The least score, as a percentage of <see cref="Maximum"/>, for a pair to be proposed at all. With the default
    /// weights a pair sharing no skill and no goal reaches at most 60%, so 40% still admits a mentor with nothing listed
    /// in common when availability, language and the programme's rules fit well, and keeps out pairs that fit on little else.
    /// </summary>
    public int MinimumPercent { get; init; } = 40;

    /// <summary>The best score a pair can reach with these weights.</summary>
    public int Maximum => Skills + Goals + SharedHours + TimeZone + Department + Seniority + Language;

    /// <summary>The least score a pair needs to be proposed, in points (rounded up, so a pair exactly at the percentage qualifies).</summary>
    public int MinimumScore => (int)Math.Ceiling(Maximum * MinimumPercent / 100.0);

    public IEnumerable<ValidationError> Check()
    {
        int[] weights = [Skills, Goals, SharedHours, TimeZone, Department, Seniority, Language];
        if (weights.Any(w => w is < 0 or > WeightMax))
            yield return new ValidationError("weights", "ErrorNumberRange", 0, WeightMax);
        else if (Maximum == 0)
            yield return new ValidationError("weights", "ErrorMatchingWeightsAllZero");
        if (FullSharedHours is < 1 or > 60)
            yield return new ValidationError("fullSharedHours", "ErrorNumberRange", 1, 60);
        if (MinimumPercent is < 0 or > 100)
            yield return new ValidationError("minimumPercent", "ErrorNumberRange", 0, 100);
    }
}
