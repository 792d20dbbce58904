using System.Text.Json.Nodes;

namespace MentorBot.Benchmarks.Harness;

/// <summary>
/// One message the connector accepted: in which conversation, the activity it replies to or updates (the route's
/// activity id; none for a new message), the id the message has now (a card is answered by it), POST or PUT, and
/// the activity itself.
/// </summary>
internal sealed record ConnectorPost(string ConversationId, string? ActivityId, string MessageId, string Method, JsonNode? Activity);
