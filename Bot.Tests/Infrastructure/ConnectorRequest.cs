using Microsoft.Bot.Schema;

namespace MentorBot.Tests.Infrastructure;

/// <summary>
/// One request the <see cref="LoopbackConnector"/> received: what the bot called, with which activity, and what it
/// was answered (<see cref="Status"/> 200 when accepted, the scripted status otherwise).
/// </summary>
public sealed record ConnectorRequest(
    string Method,
    string Path,
    string? ConversationId,
    string? ActivityId,
    Activity? Activity,
    string Body,
    int Status,
    DateTimeOffset ReceivedAt)
{
    public bool Accepted => Status is >= 200 and < 300;

    /// <summary>A send or reply of an activity (not an update, a delete or a roster call).</summary>
    public bool IsNewActivity => Method == "POST" && Activity is not null && Path.Contains("/activities", StringComparison.Ordinal);

    public override string ToString() => $"{Method} {Path} -> {Status}" + (Activity is null ? string.Empty : $" [{Activity.Type}] {Activity.Text}");
}
