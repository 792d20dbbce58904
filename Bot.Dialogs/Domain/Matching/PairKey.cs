namespace MentorBot.Dialogs.Domain.Matching;

/// <summary>A mentee and a mentor by their Entra object ids: an earlier pairing, or one proposed now.</summary>
public readonly record struct PairKey(string MenteeId, string MentorId);
