using MentorBot.Dialogs.Domain.Matching;

namespace MentorBot.Dialogs.Domain.Pairs;

/// <summary>
/// A mentee and a mentor in one programme, from the proposal to the end of the relationship. The score and its
/// reasons are kept as they were when the pair was proposed, so what the lead approved and what the mentor is told
/// are the same thing, even if profiles change later.
/// </summary>
public sealed record Pair
{
    public required string Id { get; init; }

    public required string ProgrammeId { get; init; }

    public required string MenteeTenantId { get; init; }

    public required string MenteeId { get; init; }

    public required string MentorTenantId { get; init; }

    public required string MentorId { get; init; }

    public PairStatus Status { get; init; } = PairStatus.Proposed;

    /// <summary>The score as a percentage of the best possible, when proposed.</summary>
    public int ScorePercent { get; init; }

    /// <summary>One reason per score component, when proposed (resource keys and values, see <see cref="MatchReasonKeys"/>).</summary>
    public IReadOnlyList<MatchReason> Reasons { get; init; } = [];

    public DateTimeOffset ProposedAt { get; init; }

    public DateTimeOffset? OfferedAt { get; init; }

    /// <summary>The mentor's deadline to accept or decline; after it the offer expires and the next candidate is asked.</summary>
    public DateTimeOffset? AnswerBy { get; init; }

    public DateTimeOffset? AcceptedAt { get; init; }

    /// <summary>When the pair was declined, expired, rejected or ended.</summary>
    public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>The mentor's optional reason for declining (shown to the lead, never to the mentee).</summary>
    public string? DeclineReason { get; init; }

    /// <summary>The next meeting booked through "find a time", if any (one at a time).</summary>
    public PairMeeting? NextMeeting { get; init; }

    /// <summary>How many bookings and moves the pair has made; never goes back, so each one has a number of its own.</summary>
    public int MeetingSequence { get; init; }

    public bool IsActive => Status == PairStatus.Active;

    /// <summary>Still a live proposal or offer: it holds a place in the mentor's capacity.</summary>
    public bool IsPending => Status is PairStatus.Proposed or PairStatus.Offered;

    /// <summary>The pair will never be proposed again in this programme.</summary>
    public bool IsRefused => Status is PairStatus.Declined or PairStatus.Expired or PairStatus.Rejected;

    public PairKey Key => new(MenteeId, MentorId);

    public bool Involves(string userObjectId) =>
        string.Equals(MenteeId, userObjectId, StringComparison.OrdinalIgnoreCase) || string.Equals(MentorId, userObjectId, StringComparison.OrdinalIgnoreCase);

    /// <summary>The pair's id: mentee and mentor, so a pair has one record per programme however often it is looked at.</summary>
    public static string IdFor(string menteeId, string mentorId) => $"{menteeId}~{mentorId}";
}
