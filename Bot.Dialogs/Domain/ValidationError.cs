namespace MentorBot.Dialogs.Domain;

/// <summary>
/// A rule a value broke: which field, a resource key for the message, and the values the message names
/// (limits, lengths). The domain knows no language; conversations turn this into the user's words.
/// </summary>
public sealed record ValidationError(string Field, string MessageKey, params object[] Arguments);
