namespace MentorBot.Dialogs.Conversations.Actions;

/// <summary>Why a press was not let through: a message key of the presser's language and its arguments.</summary>
public sealed record Refusal(string MessageKey, params object[] Arguments);
