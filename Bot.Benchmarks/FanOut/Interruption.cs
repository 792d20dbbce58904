namespace MentorBot.Benchmarks.FanOut;

/// <summary>What happens to the bot once half the nudges arrived.</summary>
internal enum Interruption
{
    /// <summary>Nothing: one process from start to end.</summary>
    None,

    /// <summary>SIGKILL, a hard crash: nothing finishes, sends in flight are never recorded.</summary>
    Killed,

    /// <summary>SIGTERM, an orderly stop (a deploy, a scale-in): the host stops its jobs and the process exits.</summary>
    Stopped,
}
