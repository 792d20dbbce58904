using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace MentorBot.Tests.Infrastructure;

/// <summary>A logger provider that keeps every entry the host writes, so tests can assert what was logged.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();

    public IReadOnlyList<LogEntry> Entries => [.. _entries];

    /// <summary>Called with each entry as it is written, on the writer's thread: for a test that watches a long run without copying every entry each time.</summary>
    public Action<LogEntry>? Written { get; set; }

    public ILogger CreateLogger(string categoryName) => new Capture(categoryName, this);

    public void Dispose()
    {
    }

    public sealed record LogEntry(string Category, LogLevel Level, string Message, Exception? Exception);

    private void Add(LogEntry entry)
    {
        _entries.Enqueue(entry);
        Written?.Invoke(entry);
    }

    private sealed class Capture(string category, CapturedLogs logs) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Debug;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            logs.Add(new LogEntry(category, logLevel, formatter(state, exception), exception));
    }
}
