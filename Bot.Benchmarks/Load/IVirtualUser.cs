namespace MentorBot.Benchmarks.Load;

/// <summary>
/// One person in their own conversation, doing what people do with the bot, one turn at a time: what they send next
/// depends on what the bot answered last (the card they were given, the step they are on).
/// </summary>
internal interface IVirtualUser
{
    /// <summary>Done: nothing more to do (an onboarding finished or abandoned); the user leaves the pool.</summary>
    bool Finished { get; }

    /// <summary>What this user sends now.</summary>
    Turn Next(Uri serviceUrl);

    /// <summary>Reads the answer to the turn just sent and moves on: null when it was the right answer, else what was wrong.</summary>
    string? Read(Turn turn, Answer answer);
}
