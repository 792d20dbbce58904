using MentorBot.Dialogs.Domain.Pairs;

namespace MentorBot.Dialogs.Conversations.Matching;

/// <summary>What End and rematch did, for the card that was pressed: <see cref="Outcome"/> is in the lead's language.</summary>
public sealed record Rematch(Pair? Pair, string Outcome, bool Ended);
