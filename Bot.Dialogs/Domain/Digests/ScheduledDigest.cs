namespace MentorBot.Dialogs.Domain.Digests;

/// <summary>
/// A scheduled digest recorded before it is sent, once per programme, destination and period: the record (insert-only)
/// is what stops a second run or a second server from composing it again; <see cref="AwaitsSending"/> stays set until
/// the messenger has it, so a run that stopped in between is finished by the next one, within the same period.
/// The destination is kept only as a hash (<see cref="Destination"/>): the record names nobody.
/// </summary>
public sealed record ScheduledDigest
{
    public required string ProgrammeId { get; init; }

    public required string Period { get; init; }

    /// <summary>A hash of the destination's address (a lead's personal chat, or a channel).</summary>
    public required string Destination { get; init; }

    public required DateTimeOffset DueAt { get; init; }

    public required DateTimeOffset RecordedAt { get; init; }

    public bool AwaitsSending { get; init; }
}
