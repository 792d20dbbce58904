using Azure.Core;
using Azure.Core.Pipeline;

namespace MentorBot.Benchmarks.Digest;

/// <summary>
/// Counts the HTTP requests the Tables client sends (retries included: each is a request the storage account bills and
/// serves), so the benchmark can hold the digest to its request budget.
/// </summary>
internal sealed class RequestCounter : HttpPipelinePolicy
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public void Reset() => Interlocked.Exchange(ref _count, 0);

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Interlocked.Increment(ref _count);
        ProcessNext(message, pipeline);
    }

    public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Interlocked.Increment(ref _count);
        return ProcessNextAsync(message, pipeline);
    }
}
