namespace MentorBot.Dialogs.Domain.Pairs;

/// <summary>
/// The pair's transition table: from which status each change applies and where it leads. A pair is born proposed;
/// every closed status (declined, expired, rejected, ended, withdrawn) is final.
/// </summary>
public static class PairLifecycle
{
    /// <summary>The status <paramref name="change"/> leads to from <paramref name="from"/>; null when it does not apply.</summary>
    public static PairStatus? Target(PairStatus from, PairChange change) => (from, change) switch
    {
        (PairStatus.Proposed, PairChange.Offer) => PairStatus.Offered,
        (PairStatus.Proposed, PairChange.Reject) => PairStatus.Rejected,
        (PairStatus.Proposed or PairStatus.Offered, PairChange.Withdraw) => PairStatus.Withdrawn,
        (PairStatus.Offered, PairChange.Accept) => PairStatus.Active,
        (PairStatus.Offered, PairChange.Decline) => PairStatus.Declined,
        (PairStatus.Offered, PairChange.Expire) => PairStatus.Expired,
        (PairStatus.Active, PairChange.End) => PairStatus.Ended,
        _ => null,
    };

    /// <summary>
    /// Whether other people hear of the change (an offer card, introductions, the next candidate asked, the leads told):
    /// those messages are owed until sent, see <see cref="Pair.FollowUp"/>. Leaving and closing tell people their own way.
    /// </summary>
    public static bool HasFollowUp(PairChange change) => change is PairChange.Offer or PairChange.Accept or PairChange.Decline or PairChange.Expire;

    /// <summary>Proposed, offered or active: the pair holds the mentee and a place in the mentor's capacity.</summary>
    public static bool IsLive(PairStatus status) => status is PairStatus.Proposed or PairStatus.Offered or PairStatus.Active;
}
