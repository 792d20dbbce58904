namespace MentorBot.Tests.Fuzzing;

/// <summary>One generated activity: its number in the run, who sends it, what kind it is, the command or verb it aims at (if any), and the exact body posted.</summary>
public sealed record FuzzCase(int Index, FuzzSender Sender, string Kind, string? Subject, string Body)
{
    /// <summary>The case as a failure message shows it: enough to replay it by hand (long bodies are cut).</summary>
    public string Describe() => $"#{Index} {Kind} {Subject} from {Sender}: {(Body.Length > 1500 ? Body[..1500] + $"… ({Body.Length} chars)" : Body)}";
}
