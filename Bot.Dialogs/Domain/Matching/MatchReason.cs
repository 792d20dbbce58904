namespace MentorBot.Dialogs.Domain.Matching;

/// <summary>
/// Why a match scored as it did, or why it was excluded: a resource key and the values its message names
/// (skills, hours). Like <see cref="ValidationError"/>, the domain knows no language; conversations turn this into
/// "you both work on data engineering; 9 shared working hours a week". Keys are in <see cref="MatchReasonKeys"/>.
/// Two reasons are equal when their keys and arguments are, so explanations compare as values.
/// </summary>
public sealed record MatchReason(string MessageKey, params object[] Arguments)
{
    public bool Equals(MatchReason? other) =>
        other is not null && MessageKey == other.MessageKey && Arguments.SequenceEqual(other.Arguments);

    public override int GetHashCode() => Arguments.Aggregate(MessageKey.GetHashCode(StringComparison.Ordinal), HashCode.Combine);

    public override string ToString() => Arguments.Length == 0 ? MessageKey : $"{MessageKey}({string.Join("; ", Arguments)})";
}
