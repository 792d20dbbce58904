namespace MentorBot.Tests.Conversations.Matching;

/// <summary><see cref="SimultaneousPicks"/> on the embedded SQLite store.</summary>
public sealed class SimultaneousPicksOnSqlite : SimultaneousPicks
{
    protected override IDictionary<string, string> StorageSettings => new Dictionary<string, string>();
}
