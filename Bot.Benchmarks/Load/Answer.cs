using System.Text.Json.Nodes;
using MentorBot.Benchmarks.Harness;

namespace MentorBot.Benchmarks.Load;

/// <summary>What came back for one turn: the HTTP status and body of POST /api/messages, and the connector posts that reply to it or update the card it answered.</summary>
internal sealed record Answer(int Status, string Body, IReadOnlyList<ConnectorPost> Replies)
{
    /// <summary>The last card among the replies, with the id of the message that carries it.</summary>
    public (JsonObject Card, string MessageId)? LastCard =>
        Replies.Select(r => (Card: CardForm.Of(r.Activity), r.MessageId)).LastOrDefault(r => r.Card is not null) is { Card: { } card } last
            ? (card, last.MessageId)
            : null;

    /// <summary>Everything the replies say (texts and card texts), for checks and for a sample of what went wrong.</summary>
    public string Said => string.Join(" | ", Replies.Select(r => r.Activity?["text"]?.ToString() is { Length: > 0 } text ? text : CardForm.Text(CardForm.Of(r.Activity))));

    /// <summary>An excerpt of what was said, for the report of an error.</summary>
    public string Excerpt => Said.Length <= 160 ? Said : Said[..157] + "...";
}
