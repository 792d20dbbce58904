namespace MentorBot.Dialogs.Abstractions.Messaging;

/// <summary>
/// Names one proactive message: what it is, for whom, for which period ("nudge", pair id, "2025-W14").
/// Two sends with the same key deliver one message, whichever process or retry sends them.
/// </summary>
public readonly record struct IdempotencyKey
{
    /// <summary>Leaves room in a storage row key (512 characters once escaped) for the recipient's id.</summary>
    public const int MaxLength = 300;

    private const char Separator = ':';

    public IdempotencyKey(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        if (value.Length > MaxLength)
            throw new ArgumentException($"An idempotency key has at most {MaxLength} characters; this one has {value.Length}.", nameof(value));
        Value = value;
    }

    public string Value { get; }

    /// <summary>The usual shape: what, for whom and for which period, each part non-empty.</summary>
    public static IdempotencyKey For(string what, string forWhom, string period)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(what);
        ArgumentException.ThrowIfNullOrWhiteSpace(forWhom);
        ArgumentException.ThrowIfNullOrWhiteSpace(period);
        return new IdempotencyKey(string.Join(Separator, what, forWhom, period));
    }

    public override string ToString() => Value;
}
