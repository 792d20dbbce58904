namespace MentorBot.Dialogs.Domain.Pairs;

/// <summary>The changes a pair goes through after it is proposed (see <see cref="PairLifecycle"/> for when each applies).</summary>
public enum PairChange
{
    Offer,
    Accept,
    Decline,
    Expire,
    Reject,
    End,
    Withdraw,
}
