using MentorBot.Messaging;

namespace MentorBot.Jobs;

/// <summary>
/// Applies the outbox's retention. Thin: <see cref="OutboxRetention"/> does the work, and every write it makes is
/// conditional on the row it read, so an overlapping run or a second server changes nothing twice.
/// </summary>
public sealed class OutboxPurgeJob(OutboxRetention retention)
{
    public const string RecurringJobId = "mentorbot-outbox-purge";

    public Task RunAsync(CancellationToken cancellationToken) => retention.PurgeAsync(cancellationToken);
}
