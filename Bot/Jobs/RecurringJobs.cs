using Hangfire;
using MentorBot.Dialogs.Domain.Participants;
using Microsoft.Extensions.Options;

namespace MentorBot.Jobs;

/// <summary>
/// The one place recurring jobs are registered: at start-up, each with its schedule from Jobs:Recurring, through the
/// <see cref="IRecurringJobManager"/> from DI (never Hangfire's statics, so tests and several hosts stay apart).
/// Registering is an upsert by id, so every instance of the bot doing it at start leaves one job of each.
/// </summary>
public sealed class RecurringJobs(IRecurringJobManager manager, IOptions<RecurringJobsOptions> options) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var schedules = options.Value;
        manager.AddOrUpdate<OutboxRetryJob>(OutboxRetryJob.RecurringJobId, job => job.RunAsync(CancellationToken.None), schedules.OutboxRetry.Cron, On(schedules.OutboxRetry));
        manager.AddOrUpdate<OutboxPurgeJob>(OutboxPurgeJob.RecurringJobId, job => job.RunAsync(CancellationToken.None), schedules.OutboxPurge.Cron, On(schedules.OutboxPurge));
        manager.AddOrUpdate<CheckInDispatchJob>(CheckInDispatchJob.RecurringJobId, job => job.RunAsync(CancellationToken.None), schedules.CheckInDispatch.Cron, On(schedules.CheckInDispatch));
        manager.AddOrUpdate<NudgeDispatchJob>(NudgeDispatchJob.RecurringJobId, job => job.RunAsync(CancellationToken.None), schedules.NudgeDispatch.Cron, On(schedules.NudgeDispatch));
        manager.AddOrUpdate<SurveyDispatchJob>(SurveyDispatchJob.RecurringJobId, job => job.RunAsync(CancellationToken.None), schedules.SurveyDispatch.Cron, On(schedules.SurveyDispatch));
        manager.AddOrUpdate<PairSweepJob>(PairSweepJob.RecurringJobId, job => job.RunAsync(CancellationToken.None), schedules.PairSweep.Cron, On(schedules.PairSweep));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static RecurringJobOptions On(RecurringJobSchedule schedule)
    {
        TimeZones.TryFind(schedule.TimeZone, out var zone);
        return new RecurringJobOptions { TimeZone = zone };
    }
}
