namespace MentorBot.Dialogs.Conversations.Matching;

/// <summary>What Accept and Decline on an offer card post: the pair, and the mentor's optional reason for declining.</summary>
public sealed record OfferAnswer(string ProgrammeId, string PairId, string? DeclineReason = null);
