using Hangfire;
using MentorBot.Tests.Conversations;
using Microsoft.Extensions.DependencyInjection;

namespace MentorBot.Tests.Jobs;

/// <summary>
/// Each host keeps its own job storage: Hangfire's default registration hands out the process-wide
/// JobStorage.Current, which the last host to start overwrites for all.
/// </summary>
public sealed class JobStorageIsolationTests
{
    [Fact]
    public async Task TwoHostsInOneProcess_EnqueueIntoTheirOwnStorage()
    {
        await using var first = new BotHarness();
        await using var second = new BotHarness();

        // The harness runs no job server, so enqueued jobs stay enqueued and can be counted.
        var firstStorage = first.Services.GetRequiredService<JobStorage>();
        var secondStorage = second.Services.GetRequiredService<JobStorage>();

        first.Services.GetRequiredService<IBackgroundJobClient>().Enqueue<ProbeJob>(p => p.RecordAsync("isolation"));
        first.Services.GetRequiredService<IBackgroundJobClient>().Enqueue<ProbeJob>(p => p.RecordAsync("isolation"));
        second.Services.GetRequiredService<IBackgroundJobClient>().Enqueue<ProbeJob>(p => p.RecordAsync("isolation"));

        Assert.NotSame(firstStorage, secondStorage);
        Assert.Equal(2, firstStorage.GetMonitoringApi().EnqueuedCount("default"));
        Assert.Equal(1, secondStorage.GetMonitoringApi().EnqueuedCount("default"));
    }
}
