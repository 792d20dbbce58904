using MentorBot.Dialogs.Domain.CheckIns;
using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;

namespace MentorBot.Dialogs.Domain.Nudges;

/// <summary>Everything <see cref="NudgeRules"/> reads about one pair: the records a job loads from one programme's partitions.</summary>
public sealed record NudgeSituation
{
    public required Programme Programme { get; init; }

    public required Pair Pair { get; init; }

    public required Participant Mentee { get; init; }

    public required Participant Mentor { get; init; }

    /// <summary>Both people's check-ins for the pair.</summary>
    public IReadOnlyList<CheckIn> CheckIns { get; init; } = [];

    /// <summary>The nudges already recorded for the pair, of every kind.</summary>
    public IReadOnlyList<Nudge> Sent { get; init; } = [];

    public IReadOnlyList<Snooze> Snoozes { get; init; } = [];

    /// <summary>
    /// The leads' working hours by object id, when known (a lead who is also a participant, or from Graph); a lead
    /// without them gets escalations in UTC business hours (<see cref="Scheduling.WorkingMoments.Default"/>).
    /// </summary>
    public IReadOnlyDictionary<string, WorkingHours> LeadHours { get; init; } = new Dictionary<string, WorkingHours>();
}
