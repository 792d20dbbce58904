using MentorBot.Dialogs.Abstractions.Storage;

namespace MentorBot.Tests.Jobs;

/// <summary>
/// A job the tests enqueue: Hangfire builds it from the app's DI container (as it will build our real jobs) and
/// it writes a row to the app's entity store, so a test can see that it ran, in which process, with which input.
/// </summary>
public sealed class ProbeJob(IEntityStore store)
{
    public const string TableName = "jobprobes";
    public const string RowKey = "run";

    public async Task RecordAsync(string probeId)
    {
        await store.Table(TableName).UpsertAsync(new EntityWrite(probeId, RowKey, $$"""{"probe":"{{probeId}}"}"""), CancellationToken.None);
    }
}
