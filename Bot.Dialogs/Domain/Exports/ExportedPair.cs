using MentorBot.Dialogs.Domain.Health;
using MentorBot.Dialogs.Domain.Pairs;

namespace MentorBot.Dialogs.Domain.Exports;

/// <summary>
/// One pair as a lead's export lists it: the two people's display names, how the pair is going, and counts. Nothing
/// anyone wrote (goals, blockers, survey comments, a decline reason) is here, so none of it can leave in a file.
/// </summary>
/// <param name="Health">Null for a pair that never started (proposed, offered, declined…): <see cref="HealthRules"/> has no state for it.</param>
public sealed record ExportedPair(
    string Mentee,
    string Mentor,
    HealthState? Health,
    PairStatus Status,
    int MeetingsHeld,
    int CheckInsAnswered,
    int CheckInsSent,
    int GoalsAchieved);
