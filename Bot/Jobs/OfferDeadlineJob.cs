using MentorBot.Dialogs.Conversations.Matching;

namespace MentorBot.Jobs;

/// <summary>
/// A mentor's offer deadline. Thin: the offers service expires the offer only if it is still unanswered (a versioned
/// save), so a job that runs late, twice, or after the mentor answered changes nothing.
/// </summary>
public sealed partial class OfferDeadlineJob(PairOffers offers, ILogger<OfferDeadlineJob> logger)
{
    public async Task RunAsync(string programmeId, string pairId, CancellationToken cancellationToken)
    {
        if (await offers.ExpireAsync(programmeId, pairId, cancellationToken))
            LogExpired(logger, programmeId, pairId);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Offer {PairId} of programme {ProgrammeId} expired unanswered; the next candidate is asked")]
    private static partial void LogExpired(ILogger logger, string programmeId, string pairId);
}
