namespace MentorBot.Benchmarks.Harness;

/// <summary>One message the connector accepted (answered 2xx): in which conversation, what it carried, and when.</summary>
internal sealed record Delivery(string ConversationId, string ContentHash, long At);
