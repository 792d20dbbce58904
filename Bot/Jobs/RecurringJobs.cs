using System.Linq.Expressions;
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
        Register<OutboxRetryJob>(OutboxRetryJob.RecurringJobId, schedules.OutboxRetry, job => job.RunAsync(CancellationToken.None));
        Register<OutboxPurgeJob>(OutboxPurgeJob.RecurringJobId, schedules.OutboxPurge, job => job.RunAsync(CancellationToken.None));
        Register<CheckInDispatchJob>(CheckInDispatchJob.RecurringJobId, schedules.CheckInDispatch, job => job.RunAsync(CancellationToken.None));
        Register<NudgeDispatchJob>(NudgeDispatchJob.RecurringJobId, schedules.NudgeDispatch, job => job.RunAsync(CancellationToken.None));
        Register<SurveyDispatchJob>(SurveyDispatchJob.RecurringJobId, schedules.SurveyDispatch, job => job.RunAsync(CancellationToken.None));
        Register<DigestDispatchJob>(DigestDispatchJob.RecurringJobId, schedules.DigestDispatch, job => job.RunAsync(CancellationToken.None));
        Register<PairSweepJob>(PairSweepJob.RecurringJobId, schedules.PairSweep, job => job.RunAsync(CancellationToken.None));
        Register<LeadRequestSweepJob>(LeadRequestSweepJob.RecurringJobId, schedules.LeadRequestSweep, job => job.RunAsync(CancellationToken.None));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Register<TJob>(string id, RecurringJobSchedule schedule, Expression<Func<TJob, Task>> run)
    {
        manager.AddOrUpdate(id, run, schedule.Cron, On(schedule));

        // Enqueues the job now; its cron times stay as they were.
        if (schedule.RunAtStart)
            manager.Trigger(id);
    }

    private static RecurringJobOptions On(RecurringJobSchedule schedule)
    {
        TimeZones.TryFind(schedule.TimeZone, out var zone);
        return new RecurringJobOptions { TimeZone = zone };
    }
}
