namespace MentorBot.Dialogs.Domain.Pairs;

/// <summary>Where a pair is in its life: proposed, offered to the mentor, active, or closed for a reason.</summary>
public enum PairStatus
{
    /// <summary>Proposed by a matching round; waiting for the lead's approval (lead-approves programmes).</summary>
    Proposed,

    /// <summary>Offered to the mentor, who accepts or declines before <see cref="Pair.AnswerBy"/>.</summary>
    Offered,

    /// <summary>The mentor accepted: the pair meets.</summary>
    Active,

    /// <summary>The mentor declined; the next candidate is asked.</summary>
    Declined,

    /// <summary>The mentor did not answer in time; treated as a decline.</summary>
    Expired,

    /// <summary>The lead rejected the proposal.</summary>
    Rejected,

    /// <summary>The relationship ended (programme closed, someone left).</summary>
    Ended,

    /// <summary>A proposal or offer taken back before it was answered (programme closed, someone left): it frees the mentor's place.</summary>
    Withdrawn,
}
