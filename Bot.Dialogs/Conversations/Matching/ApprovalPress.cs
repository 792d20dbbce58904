namespace MentorBot.Dialogs.Conversations.Matching;

/// <summary>
/// What a button of the lead's approval card posts: the programme, the pair (approve, reject), the two proposals to
/// swap, and when the card was built (so Approve all approves what the lead saw, not proposals made since).
/// </summary>
public sealed record ApprovalPress(string ProgrammeId, string? PairId = null, string? Since = null, string? SwapFirst = null, string? SwapSecond = null);
