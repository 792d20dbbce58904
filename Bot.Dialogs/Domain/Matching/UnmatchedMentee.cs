using MentorBot.Dialogs.Domain.Participants;

namespace MentorBot.Dialogs.Domain.Matching;

/// <summary>A mentee the round could not place, and why (a resource key from <see cref="MatchReasonKeys"/>).</summary>
public sealed record UnmatchedMentee(Participant Mentee, MatchReason Reason);
