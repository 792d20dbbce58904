using Hangfire;
using MentorBot.Messaging;
using Microsoft.Extensions.Options;

namespace MentorBot.Jobs;

/// <summary>
/// Registers the outbox purge as a recurring job when the host starts, from Messaging:Outbox:PurgeSchedule, through
/// the <see cref="IRecurringJobManager"/> from DI (as <see cref="OutboxRetrySchedule"/> does).
/// </summary>
public sealed class OutboxPurgeSchedule(IRecurringJobManager recurringJobs, IOptions<MessagingOptions> options) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        recurringJobs.AddOrUpdate<OutboxPurgeJob>(
            OutboxPurgeJob.RecurringJobId,
            job => job.RunAsync(CancellationToken.None),
            options.Value.Outbox.PurgeSchedule,
            new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
