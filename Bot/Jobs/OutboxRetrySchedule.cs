using Hangfire;
using MentorBot.Messaging;
using Microsoft.Extensions.Options;

namespace MentorBot.Jobs;

/// <summary>
/// Registers the outbox retry as a recurring job when the host starts, from Messaging:Outbox:Schedule, through the
/// <see cref="IRecurringJobManager"/> from DI (never Hangfire's statics, so tests and several hosts stay apart).
/// </summary>
public sealed class OutboxRetrySchedule(IRecurringJobManager recurringJobs, IOptions<MessagingOptions> options) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        recurringJobs.AddOrUpdate<OutboxRetryJob>(
            OutboxRetryJob.RecurringJobId,
            job => job.RunAsync(CancellationToken.None),
            options.Value.Outbox.Schedule,
            new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
