using Hangfire;
using MentorBot.Dialogs.Abstractions.Matching;

namespace MentorBot.Jobs;

/// <summary>Offer deadlines as Hangfire delayed jobs, through the client from DI (never Hangfire's statics).</summary>
public sealed class HangfireOfferDeadlines(IBackgroundJobClient jobs) : IOfferDeadlines
{
    public Task ScheduleAsync(string programmeId, string pairId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        jobs.Schedule<OfferDeadlineJob>(job => job.RunAsync(programmeId, pairId, CancellationToken.None), at);
        return Task.CompletedTask;
    }
}
