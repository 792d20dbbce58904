using Hangfire;

namespace MentorBot.Jobs;

/// <summary>
/// Registers the pair sweep as a recurring job when the host starts, from Jobs:PairSweepSchedule (cron, UTC; every five
/// minutes by default: an offer expires at most that late when its deadline job was lost, and a stopped follow-up is
/// finished that soon), through the <see cref="IRecurringJobManager"/> from DI.
/// </summary>
public sealed class PairSweepSchedule(IRecurringJobManager recurringJobs, IConfiguration configuration) : IHostedService
{
    public const string Setting = "Jobs:PairSweepSchedule";

    public const string DefaultSchedule = "*/5 * * * *";

    public Task StartAsync(CancellationToken cancellationToken)
    {
        recurringJobs.AddOrUpdate<PairSweepJob>(
            PairSweepJob.RecurringJobId,
            job => job.RunAsync(CancellationToken.None),
            configuration[Setting] is { Length: > 0 } cron ? cron : DefaultSchedule,
            new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
