namespace MentorBot.Dialogs.Domain.Health;

/// <summary>
/// One reason for a pair's health: a resource key (see <see cref="HealthReasonKeys"/>), the values its message names,
/// and the state it alone would put the pair in. Equal when key, severity and values are.
/// </summary>
public sealed record HealthReason(string MessageKey, HealthState Severity, params object[] Arguments)
{
    public bool Equals(HealthReason? other) =>
        other is not null && MessageKey == other.MessageKey && Severity == other.Severity && Arguments.SequenceEqual(other.Arguments);

    public override int GetHashCode() => Arguments.Aggregate(HashCode.Combine(MessageKey, Severity), HashCode.Combine);

    public override string ToString() => $"{MessageKey}[{Severity}]({string.Join("; ", Arguments)})";
}
