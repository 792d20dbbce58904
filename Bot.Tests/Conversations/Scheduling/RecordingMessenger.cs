using System.Collections.Concurrent;
using MentorBot.Dialogs.Abstractions.Messaging;

namespace MentorBot.Tests.Conversations.Scheduling;

/// <summary>A fake of our own messaging port that keeps one message per idempotency key, as the real one delivers.</summary>
public sealed class RecordingMessenger : IMessenger
{
    private readonly ConcurrentDictionary<string, OutgoingMessage> _sent = new();

    public IReadOnlyList<OutgoingMessage> Sent => [.. _sent.Values];

    public Task<SendResult> SendAsync(OutgoingMessage message, CancellationToken cancellationToken) =>
        Task.FromResult(new SendResult(_sent.TryAdd(message.Key.Value, message) ? SendOutcome.Sent : SendOutcome.AlreadySent));
}
