namespace MentorBot.Tests.Infrastructure;

/// <summary>
/// A request the <see cref="LoopbackConnector"/> holds open: it has reached the connector (<see cref="Arrived"/>) but
/// gets no answer until <see cref="Release"/>, as a send in flight to Teams. Aborted by the client, it is not recorded.
/// </summary>
public sealed class ConnectorHold
{
    private readonly TaskCompletionSource _arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Arrived => _arrived.Task;

    public void Release() => _released.TrySetResult();

    internal async Task WaitAsync(CancellationToken requestAborted)
    {
        _arrived.TrySetResult();
        await _released.Task.WaitAsync(requestAborted);
    }
}
