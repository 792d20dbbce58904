using Hangfire.AspNetCore;
using Hangfire.Logging;

namespace MentorBot.Jobs;

/// <summary>
/// Hangfire keeps one log provider for the whole process (a static). When the host whose logger factory it
/// holds has stopped, as happens when tests run many hosts in one process, Hangfire must not fail because it
/// cannot log: it logs nowhere until the next host sets its own factory.
/// </summary>
internal sealed class HostLogProvider(ILoggerFactory factory) : ILogProvider
{
    private readonly AspNetCoreLogProvider _inner = new(factory);

    public ILog GetLogger(string name)
    {
        try
        {
            return _inner.GetLogger(name);
        }
        catch (ObjectDisposedException)
        {
            return Silent.Instance;
        }
    }

    private sealed class Silent : ILog
    {
        public static readonly Silent Instance = new();

        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null) => false;
    }
}
