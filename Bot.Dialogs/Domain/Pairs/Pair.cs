using MentorBot.Dialogs.Domain.Matching;
using MentorBot.Dialogs.Domain.Participants;

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

    /// <summary>When the pair was declined, expired, rejected, ended or withdrawn.</summary>
    public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>Why an ended or withdrawn pair was (someone left, the programme closed).</summary>
    public PairEnding? Ending { get; init; }

    /// <summary>The mentor's optional reason for declining (shown to the lead, never to the mentee).</summary>
    public string? DeclineReason { get; init; }

    /// <summary>The next meeting booked through "find a time", if any (one at a time).</summary>
    public PairMeeting? NextMeeting { get; init; }

    /// <summary>How many bookings and moves the pair has made; never goes back, so each one has a number of its own.</summary>
    public int MeetingSequence { get; init; }

    /// <summary>
    /// The last change whose after-effects (the offer card, the introductions, the next candidate, word to the leads)
    /// are still owed; saved with the change itself, cleared by <see cref="FollowedUp"/> once they are handed to the
    /// outbox. A stop in between leaves it set, and the sweep finishes the job.
    /// </summary>
    public PairChange? FollowUp { get; init; }

    /// <summary>
    /// When both people chose, at the end survey, to keep meeting informally: the pair stays active, but no check-in,
    /// nudge or survey reaches it any more.
    /// </summary>
    public DateTimeOffset? ContinuingSince { get; init; }

    /// <summary>Object ids of the people of a continuing pair who asked to be followed again; it takes both.</summary>
    public IReadOnlyList<string> OptedBackIn { get; init; } = [];

    public bool IsActive => Status == PairStatus.Active;

    /// <summary>Active and followed by the programme: check-ins, nudges and surveys reach it.</summary>
    public bool IsFollowed => IsActive && ContinuingSince is null;

    /// <summary>Proposed, offered or active: it holds the mentee and a place in the mentor's capacity.</summary>
    public bool IsLive => PairLifecycle.IsLive(Status);

    /// <summary>Still a live proposal or offer: it holds a place in the mentor's capacity.</summary>
    public bool IsPending => Status is PairStatus.Proposed or PairStatus.Offered;

    /// <summary>The pair will never be proposed again in this programme.</summary>
    public bool IsRefused => Status is PairStatus.Declined or PairStatus.Expired or PairStatus.Rejected;

    public PairKey Key => new(MenteeId, MentorId);

    public bool Involves(string userObjectId) =>
        string.Equals(MenteeId, userObjectId, StringComparison.OrdinalIgnoreCase) || string.Equals(MentorId, userObjectId, StringComparison.OrdinalIgnoreCase);

    /// <summary>A new pair, as a matching round (or a mentee's pick) proposes it.</summary>
    public static Pair Propose(string programmeId, Participant mentee, Participant mentor, MatchScore score, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(mentee);
        ArgumentNullException.ThrowIfNull(mentor);
        ArgumentNullException.ThrowIfNull(score);
        return new Pair
        {
            Id = IdFor(mentee.UserObjectId, mentor.UserObjectId),
            ProgrammeId = programmeId,
            MenteeTenantId = mentee.TenantId,
            MenteeId = mentee.UserObjectId,
            MentorTenantId = mentor.TenantId,
            MentorId = mentor.UserObjectId,
            Status = PairStatus.Proposed,
            ScorePercent = score.Percent,
            Reasons = [.. score.Components.Select(c => c.Reason)],
            ProposedAt = now,
        };
    }

    /// <summary>Offers the proposal to the mentor, who has <paramref name="answerDays"/> days to answer.</summary>
    public Transition<Pair> Offer(DateTimeOffset now, int answerDays) =>
        Move(PairChange.Offer, () => this with { Status = PairStatus.Offered, OfferedAt = now, AnswerBy = now.AddDays(answerDays) });

    /// <summary>The mentor's yes; refused after the deadline (the offer is as good as expired).</summary>
    public Transition<Pair> Accept(DateTimeOffset now)
    {
        if (Status == PairStatus.Offered && AnswerBy is { } answerBy && now > answerBy)
            return Transitions.Refused<Pair>(Refusal.DeadlinePassed);
        return Move(PairChange.Accept, () => this with { Status = PairStatus.Active, AcceptedAt = now });
    }

    public Transition<Pair> Decline(DateTimeOffset now, string? reason) =>
        Move(PairChange.Decline, () => this with { Status = PairStatus.Declined, ClosedAt = now, DeclineReason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim() });

    /// <summary>The mentor did not answer in time (the deadline job decides when that is).</summary>
    public Transition<Pair> Expire(DateTimeOffset now) =>
        Move(PairChange.Expire, () => this with { Status = PairStatus.Expired, ClosedAt = now });

    /// <summary>A lead's no to a proposal.</summary>
    public Transition<Pair> Reject(DateTimeOffset now) =>
        Move(PairChange.Reject, () => this with { Status = PairStatus.Rejected, ClosedAt = now });

    public Transition<Pair> End(DateTimeOffset now, PairEnding ending) =>
        Move(PairChange.End, () => this with { Status = PairStatus.Ended, ClosedAt = now, Ending = ending });

    /// <summary>Takes back a proposal or offer nobody answered, freeing the mentor's place.</summary>
    public Transition<Pair> Withdraw(DateTimeOffset now, PairEnding ending) =>
        Move(PairChange.Withdraw, () => this with { Status = PairStatus.Withdrawn, ClosedAt = now, Ending = ending });

    /// <summary>Keeps an active pair going informally after the programme (both chose it): the programme stops following it.</summary>
    public Transition<Pair> ContinueInformally(DateTimeOffset now) =>
        Transitions.If(IsActive && ContinuingSince is null, () => this with { ContinuingSince = now });

    /// <summary>
    /// One person of a continuing pair asks for check-ins and nudges again. It takes both, as continuing took both:
    /// the first press is remembered, the second makes the pair followed again. Refused for anyone else, a pair not
    /// continuing, or a second press by the same person.
    /// </summary>
    public Transition<Pair> OptBackIn(string userObjectId) =>
        Transitions.If(IsActive && ContinuingSince is not null && Involves(userObjectId) && !OptedBackIn.Contains(userObjectId, StringComparer.OrdinalIgnoreCase),
            () => OptedBackIn.Count > 0
                ? this with { ContinuingSince = null, OptedBackIn = [] }
                : this with { OptedBackIn = [userObjectId] });

    /// <summary>Ends an active pair or withdraws a pending one: what leaving and closing do to every live pair.</summary>
    public Transition<Pair> Stop(DateTimeOffset now, PairEnding ending) =>
        IsActive ? End(now, ending) : Withdraw(now, ending);

    /// <summary>The after-effects of <paramref name="change"/> are sent; refused when another change has replaced it since.</summary>
    public Transition<Pair> FollowedUp(PairChange change) =>
        Transitions.If(FollowUp == change, () => this with { FollowUp = null });

    /// <summary>The pair's id: mentee and mentor, so a pair has one record per programme however often it is looked at.</summary>
    public static string IdFor(string menteeId, string mentorId) => $"{menteeId}~{mentorId}";

    // Each change replaces the previous one's follow-up: an offer card owed for an offer that has since expired is moot.
    private Transition<Pair> Move(PairChange change, Func<Pair> changed) =>
        Transitions.If(PairLifecycle.Target(Status, change) is not null, () => changed() with { FollowUp = PairLifecycle.HasFollowUp(change) ? change : null });
}
