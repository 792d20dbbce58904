using MentorBot.Dialogs.Domain.Nudges;
using MentorBot.Dialogs.Stores;

namespace MentorBot.Dialogs.Conversations.Nudges;

/// <summary>
/// Sends the nudges a lead asked for (<see cref="NudgeAgain"/>) through the dispatcher's own path: each recorded
/// insert-only, then handed to the messenger. One recorded already (a double press, another lead, another card) is left
/// to whoever recorded it, or to the next dispatch run, so nothing is sent twice.
/// </summary>
public sealed class LeadNudges(NudgeStore nudges, NudgeDelivery delivery)
{
    /// <returns>The pair with the nudges this call recorded, and how many it sent.</returns>
    public async Task<(PairSituation Pair, int Sent)> SendAsync(PairSituation pair, IEnumerable<Nudge> wanted, CancellationToken cancellationToken)
    {
        var situation = pair.Situation;
        var sent = 0;
        foreach (var nudge in wanted.Select(n => n with { AwaitsSending = true }))
        {
            if (!await nudges.TryCreateAsync(nudge, cancellationToken))
                continue;
            situation = situation with { Sent = [.. situation.Sent, nudge] };
            await delivery.SendAsync(new PairSituation(situation), nudge, cancellationToken);
            sent++;
        }

        return (new PairSituation(situation), sent);
    }
}
