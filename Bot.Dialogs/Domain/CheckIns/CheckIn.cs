using MentorBot.Dialogs.Domain.Participants;

namespace MentorBot.Dialogs.Domain.CheckIns;

/// <summary>
/// One check-in sent to one person of a pair for one period (a meeting or an interval), and their answer once given.
/// It keeps the goals it asked about in the words they had, so the history reads right after goals change.
/// </summary>
public sealed record CheckIn
{
    public required string ProgrammeId { get; init; }

    public required string PairId { get; init; }

    public required string TenantId { get; init; }

    public required string UserObjectId { get; init; }

    public required Role Role { get; init; }

    /// <summary>The period it covers (see <see cref="CheckInPeriod"/>): its id within the pair and person.</summary>
    public required string Period { get; init; }

    public CheckInTrigger Trigger { get; init; } = CheckInTrigger.Every;

    /// <summary>When it was due (inside the person's working hours); the next interval counts from its sending.</summary>
    public DateTimeOffset DueAt { get; init; }

    public DateTimeOffset SentAt { get; init; }

    /// <summary>
    /// Recorded by the dispatcher and not yet handed to the messenger: a run stopped between the two leaves it set, and
    /// the next run sends it (under the same idempotency key, so never twice) before clearing it.
    /// </summary>
    public bool AwaitsSending { get; init; }

    /// <summary>The person's goals when it was sent: what the card asks progress on.</summary>
    public IReadOnlyList<GoalRef> Goals { get; init; } = [];

    /// <summary>Whether it asks if the pairing fits (see <see cref="FitQuestion"/>).</summary>
    public bool AsksFit { get; init; }

    public DateTimeOffset? AnsweredAt { get; init; }

    public CheckInAnswer? Answer { get; init; }

    public bool IsAnswered => Answer is not null;

    /// <summary>Answered by <paramref name="at"/>: what health reads, so an answer "from the future" of a computation does not count.</summary>
    public bool AnsweredBy(DateTimeOffset at) => Answer is not null && AnsweredAt <= at;

    public bool IsFor(string tenantId, string userObjectId) =>
        string.Equals(TenantId, tenantId, StringComparison.OrdinalIgnoreCase) && string.Equals(UserObjectId, userObjectId, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A new check-in for <paramref name="person"/> of <paramref name="pair"/>, asking about their goals as they stand:
    /// the one shape both the dispatcher and `check in` record.
    /// </summary>
    public static CheckIn For(Pairs.Pair pair, Participant person, string period, CheckInTrigger trigger, DateTimeOffset dueAt, DateTimeOffset sentAt, bool asksFit) => new()
    {
        ProgrammeId = pair.ProgrammeId,
        PairId = pair.Id,
        TenantId = person.TenantId,
        UserObjectId = person.UserObjectId,
        Role = person.Role,
        Period = period,
        Trigger = trigger,
        DueAt = dueAt,
        SentAt = sentAt,
        Goals = GoalRef.ListOf(person.Goals),
        AsksFit = asksFit,
    };

    /// <summary>The check-in with <paramref name="answer"/> recorded (normalised) at <paramref name="at"/>; validate first.</summary>
    public CheckIn WithAnswer(CheckInAnswer answer, DateTimeOffset at) => this with { Answer = answer.Normalised(), AnsweredAt = at };
}
