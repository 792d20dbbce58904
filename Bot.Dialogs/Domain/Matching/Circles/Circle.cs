using MentorBot.Dialogs.Domain.Participants;

namespace MentorBot.Dialogs.Domain.Matching.Circles;

/// <summary>One circle: its members (sorted by id), the member who facilitates it and why, and how well it fits together.</summary>
public sealed record Circle(int Number, IReadOnlyList<Participant> Members, Participant Facilitator, MatchReason FacilitatorReason, long Fit);
