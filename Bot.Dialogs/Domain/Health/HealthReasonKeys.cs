namespace MentorBot.Dialogs.Domain.Health;

/// <summary>Every resource key health can return; a test checks each is in both languages with the placeholders filled.</summary>
public static class HealthReasonKeys
{
    /// <summary>{0}: days since the pair started; {1}: the programme's cadence in days.</summary>
    public const string NoMeetingYet = "HealthNoMeetingYet";

    /// <summary>{0}: days since the last meeting; {1}: the programme's cadence in days.</summary>
    public const string NoMeetingFor = "HealthNoMeetingFor";

    /// <summary>{0}: the role of the person; {1}: how many check-ins in a row they left unanswered.</summary>
    public const string Unanswered = "HealthUnanswered";

    /// <summary>{0}: the average usefulness (one decimal); {1}: over how many answers.</summary>
    public const string LowUsefulness = "HealthLowUsefulness";

    /// <summary>{0}: the role of the person who said so.</summary>
    public const string NotAGoodFit = "HealthNotAGoodFit";

    /// <summary>{0}: the role; {1}: how many answers in a row said "still deciding".</summary>
    public const string StillDeciding = "HealthStillDeciding";

    /// <summary>{0}: the role; {1}: over how many check-ins no goal moved.</summary>
    public const string NoGoalProgress = "HealthNoGoalProgress";

    /// <summary>{0}: the role of the person who paused.</summary>
    public const string Paused = "HealthPaused";

    /// <summary>{0}: the role of the person who left the programme.</summary>
    public const string Left = "HealthLeft";

    public static IReadOnlyList<string> All { get; } = [NoMeetingYet, NoMeetingFor, Unanswered, LowUsefulness, NotAGoodFit, StillDeciding, NoGoalProgress, Paused, Left];
}
