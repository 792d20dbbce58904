namespace MentorBot.Tests.Infrastructure;

/// <summary>
/// Lets the first sends of new activities through the <see cref="LoopbackConnector"/> (in any conversation) and holds
/// every later one open, as sends in flight to Teams, until <see cref="Open"/>. A held request whose client goes away
/// (the bot process was killed) is never answered and never recorded: the connection died before Teams accepted it.
/// </summary>
public sealed class ConnectorGate(int passing)
{
    private readonly Lock _gate = new();
    private readonly TaskCompletionSource _opened = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _passed;
    private int _held;
    private int _aborted;

    /// <summary>Requests held so far (whether still open, released or aborted).</summary>
    public int Held
    {
        get
        {
            lock (_gate)
                return _held;
        }
    }

    /// <summary>Held requests whose client went away before they were answered.</summary>
    public int Aborted
    {
        get
        {
            lock (_gate)
                return _aborted;
        }
    }

    /// <summary>Lets the held requests and every later one through.</summary>
    public void Open() => _opened.TrySetResult();

    internal async Task PassAsync(CancellationToken requestAborted)
    {
        lock (_gate)
        {
            if (_opened.Task.IsCompleted || _passed < passing)
            {
                _passed++;
                return;
            }

            _held++;
        }

        try
        {
            await _opened.Task.WaitAsync(requestAborted);
        }
        catch (OperationCanceledException)
        {
            lock (_gate)
                _aborted++;
            throw;
        }
    }
}
