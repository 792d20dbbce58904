using MentorBot.Dialogs.Domain.Participants;

namespace MentorBot.Dialogs.Domain.Matching;

/// <summary>A mentee and mentor the round puts together, with the score and reasons to show them and the lead.</summary>
public sealed record ProposedPair(Participant Mentee, Participant Mentor, MatchScore Score);
