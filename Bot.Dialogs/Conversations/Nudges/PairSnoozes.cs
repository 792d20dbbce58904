using MentorBot.Dialogs.Domain.Nudges;
using MentorBot.Dialogs.Stores;

namespace MentorBot.Dialogs.Conversations.Nudges;

/// <summary>
/// Snoozing one pair's nudges, from the button or `snooze`: a snooze is recorded only when it ends later than the pair
/// already waits, so a shorter one never appears to shorten a longer one. Recording is insert-only, keyed by the
/// instant and the person, so the same snooze recorded again (a retry) is one.
/// </summary>
public sealed class PairSnoozes(NudgeStore nudges)
{
    public async Task<SnoozeOutcome> SnoozeAsync(string programmeId, string pairId, string tenantId, string userObjectId, int days, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var snooze = Snooze.For(programmeId, pairId, tenantId, userObjectId, days, now);
        var end = await EndAsync(programmeId, pairId, cancellationToken);
        if (end >= snooze.Until)
            return new SnoozeOutcome(end, Added: false);
        return new SnoozeOutcome(snooze.Until, await nudges.TryAddSnoozeAsync(snooze, cancellationToken));
    }

    /// <summary>When the pair's nudges may start again (<see cref="DateTimeOffset.MinValue"/> when not snoozed).</summary>
    public async Task<DateTimeOffset> EndAsync(string programmeId, string pairId, CancellationToken cancellationToken) =>
        Snoozes.EndOf(pairId, await nudges.SnoozesForPairAsync(programmeId, pairId, cancellationToken));
}
