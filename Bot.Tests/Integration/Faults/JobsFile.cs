using Hangfire;
using Hangfire.Storage;
using Hangfire.Storage.SQLite;
using MentorBot.Tests.Infrastructure;

namespace MentorBot.Tests.Integration.Faults;

/// <summary>
/// A bot process's Hangfire storage (the SQLite jobs file in its data folder), opened by the test as a second Hangfire
/// client would open it: to trigger a recurring job or requeue one as an operator would from the dashboard, and to
/// read which state each job is in.
/// </summary>
internal sealed class JobsFile(string dataFolder) : IDisposable
{
    private static readonly TimeSpan JobTimeout = TimeSpan.FromSeconds(120);

    private readonly SQLiteStorage _storage = new(Path.Combine(dataFolder, "jobs.db"), new SQLiteStorageOptions());

    /// <summary>The last job the recurring job created (by its schedule or a trigger), if any.</summary>
    public string? LastJobOf(string recurringJobId)
    {
        using var connection = _storage.GetConnection();
        return connection.GetRecurringJobs([recurringJobId]).SingleOrDefault()?.LastJobId;
    }

    public string? StateOf(string jobId)
    {
        using var connection = _storage.GetConnection();
        return connection.GetJobData(jobId)?.State;
    }

    public long Failed => _storage.GetMonitoringApi().FailedCount();

    /// <summary>Enqueues a run of the recurring job now; returns its job id.</summary>
    public string Trigger(string recurringJobId) =>
        new RecurringJobManager(_storage).TriggerJob(recurringJobId) ?? throw new InvalidOperationException($"No recurring job {recurringJobId}.");

    /// <summary>Puts a job back in its queue, whatever its state.</summary>
    public void Requeue(string jobId) => Assert.True(new BackgroundJobClient(_storage).Requeue(jobId), $"job {jobId} could not be requeued");

    public async Task WaitForStateAsync(string jobId, string state, string what)
    {
        try
        {
            await Eventually.TrueAsync(() => Task.FromResult(StateOf(jobId) == state), $"{what} (job {jobId}) to be {state}", JobTimeout);
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"{e.Message}; it is {StateOf(jobId) ?? "gone"}.", e);
        }
    }

    public void Dispose() => _storage.Dispose();
}
