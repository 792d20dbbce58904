namespace MentorBot.Messaging;

/// <summary>The answer to a claim on an idempotency key; <see cref="ETag"/> guards the owner's later writes.</summary>
public sealed record OutboxClaim(OutboxClaimStatus Status, OutboxEntry? Entry = null, string? ETag = null)
{
    public static OutboxClaim Nothing { get; } = new(OutboxClaimStatus.Nothing);
}
