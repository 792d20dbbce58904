namespace MentorBot.Tests.Conversations.Matching;

/// <summary><see cref="StopsBetweenWrites"/> on the embedded SQLite store.</summary>
public sealed class StopsBetweenWritesOnSqlite : StopsBetweenWrites
{
    protected override IDictionary<string, string> StorageSettings => new Dictionary<string, string>();
}
