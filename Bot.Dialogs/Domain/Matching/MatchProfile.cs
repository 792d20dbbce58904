using MentorBot.Dialogs.Domain.Participants;

namespace MentorBot.Dialogs.Domain.Matching;

/// <summary>
/// One participant as matching compares them, worked out once per round so that scoring a pair is a few bit
/// operations: skills as bits of the round's skill vocabulary, working time as bits of the reference week.
/// </summary>
internal sealed class MatchProfile
{
    public required Participant Participant { get; init; }

    /// <summary>A mentee's wanted skills, a mentor's offered skills.</summary>
    public required ulong[] Skills { get; init; }

    public required int SkillCount { get; init; }

    /// <summary>Mentees: the vocabulary's skills whose every word appears in their goals.</summary>
    public required ulong[] MentionedSkills { get; init; }

    /// <summary>Quarter hours of the reference week (UTC) in which they work; null when unknown.</summary>
    public required ulong[]? Hours { get; init; }

    /// <summary>UTC offset in quarter hours in the middle of the reference week; null when the time zone is unknown.</summary>
    public required int? OffsetSlots { get; init; }

    public required ulong[] Languages { get; init; }

    public required int LanguageCount { get; init; }

    /// <summary>Index of the normalised department in the round, -1 when unknown.</summary>
    public required int Department { get; init; }

    public bool IsActive => Participant.Status == ParticipantStatus.Active;
}
