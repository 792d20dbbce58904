using MentorBot.Dialogs.Conversations.Matching;

namespace MentorBot.Jobs;

/// <summary>
/// Expires overdue offers and finishes owed pair follow-ups (see <see cref="PairSweep"/>). Thin, and harmless when it
/// overlaps itself, a deadline job or a turn.
/// </summary>
public sealed partial class PairSweepJob(PairSweep sweep, ILogger<PairSweepJob> logger)
{
    public const string RecurringJobId = "mentorbot-pair-sweep";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var handled = await sweep.RunAsync(cancellationToken);
        if (handled > 0)
            LogRun(logger, handled);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Pair sweep expired or followed up {Count} pair(s)")]
    private static partial void LogRun(ILogger logger, int count);
}
