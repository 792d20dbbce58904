using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Stores;
using Microsoft.Extensions.Logging;

namespace MentorBot.Dialogs.Conversations.Matching;

/// <summary>
/// The backstop of every pair change that others must hear of: expires the offers whose deadline passed (whether or
/// not their deadline job ran) and finishes the follow-ups a stop left owed (an offer saved whose card was never sent,
/// an acceptance without introductions, an expiry that never asked the next candidate). Everything it calls is safe to
/// run twice, so it may overlap a turn, a deadline job or another server's sweep. It reads each open programme's pairs
/// partition once per run.
/// </summary>
public sealed partial class PairSweep(ProgrammeStore programmes, PairStore pairs, PairOffers offers, TimeProvider time, ILogger<PairSweep> logger)
{
    /// <summary>Returns how many pairs it expired or followed up.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var handled = 0;
        Exception? first = null;
        await foreach (var programme in programmes.ListAsync(cancellationToken))
        {
            if (!programme.IsOpen)
                continue;
            foreach (var pair in await pairs.InProgrammeAsync(programme.Id, cancellationToken))
            {
                var overdue = pair.Status == PairStatus.Offered && pair.AnswerBy < time.GetUtcNow();
                if (!overdue && pair.FollowUp is null)
                    continue;
                try
                {
                    if (overdue)
                        await offers.ExpireAsync(programme.Id, pair.Id, cancellationToken);
                    else
                        await offers.FollowUpAsync(programme, pair, cancellationToken);
                    handled++;
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // One pair that fails (its store row, its recipient) must not hold up the others; the next run retries it.
                    LogPairFailed(logger, e, programme.Id);
                    first ??= e;
                }
            }
        }

        // The run still fails, so the job's history shows it; everything else was done.
        if (first is not null)
            throw new InvalidOperationException("The pair sweep could not finish every pair; the next run retries them.", first);
        return handled;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The pair sweep could not finish a pair of programme {ProgrammeId}; the next run retries it")]
    private static partial void LogPairFailed(ILogger logger, Exception exception, string programmeId);
}
