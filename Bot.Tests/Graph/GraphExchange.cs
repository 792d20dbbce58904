namespace MentorBot.Tests.Graph;

/// <summary>One request the <see cref="Infrastructure.LoopbackGraph"/> received, and the status it answered.</summary>
public sealed record GraphExchange(GraphRoute Route, string Method, string Path, string Query, string Body, string? Authorization, string? Prefer, int Status, DateTimeOffset ReceivedAt)
{
    public override string ToString() => $"{Method} {Path}{Query} -> {Status}";
}
