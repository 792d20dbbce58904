using MentorBot.Dialogs.Domain.Health;
using MentorBot.Dialogs.Domain.Nudges;
using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Domain.Participants;

namespace MentorBot.Dialogs.Domain.Digests;

/// <summary>How many people of one role are active, paused and gone.</summary>
public sealed record RoleCount(Role Role, int Active, int Paused, int Left)
{
    public int Total => Active + Paused + Left;
}

/// <summary>How many pairs are in one health state.</summary>
public sealed record HealthCount(HealthState State, int Pairs);

/// <summary>Meetings held in the seven days from <see cref="Start"/> (a UTC date).</summary>
public sealed record WeekCount(DateOnly Start, int Meetings);

/// <summary>The three axes mentoring is measured on (the self-assessment's).</summary>
public enum ImpactAxis
{
    Skills,
    Opportunities,
    Satisfaction,
}

/// <summary>
/// One axis of impact: each person's latest survey answer against their baseline; the mean change (on the 1–5 scale)
/// and the share of people who rated themselves higher (0–100), both over the same people.
/// </summary>
public sealed record AxisImpact(ImpactAxis Axis, Figure MeanChange, Figure ShareImproved);

/// <summary>A pair that needs a lead: its health and why, how long it has been quiet, and what was already tried (oldest first).</summary>
public sealed record AtRiskPair(Pair Pair, Participant Mentee, Participant Mentor, RelationshipHealth Health, int QuietDays, IReadOnlyList<Attempt> Tried);

/// <summary>An offer a mentor has not answered yet: since when, and until when they may.</summary>
public sealed record PendingOffer(Pair Pair, Participant? Mentee, Participant? Mentor, DateTimeOffset Since, DateTimeOffset? AnswerBy);

/// <summary>Why a mentee has no mentor yet.</summary>
public enum MenteeWait
{
    /// <summary>A proposal waits for the lead's approval.</summary>
    LeadApproval,

    /// <summary>A mentor was offered the pair and has not answered.</summary>
    OfferOut,

    /// <summary>No active mentor has a place left: someone must take more mentees, or more mentors join.</summary>
    NoMentorFree,

    /// <summary>Mentors have places: the next matching round will try (or no candidate suited them last time).</summary>
    NextRound,

    /// <summary>The mentee paused: nothing happens until they are back.</summary>
    Paused,
}

/// <summary>A mentee without a mentor, why, and since when (the proposal, the offer, or joining or their last pair's end).</summary>
public sealed record UnmatchedMentee(Participant Mentee, MenteeWait Why, DateTimeOffset Since);
