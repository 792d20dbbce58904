namespace MentorBot.Dialogs.Abstractions.Storage;

/// <summary>An entity as read back from a table.</summary>
public sealed record StoredEntity(string PartitionKey, string RowKey, string ETag, string Body, DateTimeOffset Timestamp);

/// <summary>An entity to write: keys and a JSON body.</summary>
public sealed record EntityWrite(string PartitionKey, string RowKey, string Body);
