using MentorBot.Dialogs.Domain.Participants;

namespace MentorBot.Dialogs.Domain.Surveys;

/// <summary>
/// One feedback survey sent to one person of a pair (one of each <see cref="SurveyKind"/> per pair and person), its
/// single reminder, and the answer once given. The answer is its author's personal data: the partner never sees it,
/// leads only in aggregates.
/// </summary>
public sealed record Survey
{
    public required string ProgrammeId { get; init; }

    public required string PairId { get; init; }

    public required string TenantId { get; init; }

    public required string UserObjectId { get; init; }

    public required Role Role { get; init; }

    public required SurveyKind Kind { get; init; }

    /// <summary>When it was due (inside the person's working hours).</summary>
    public DateTimeOffset DueAt { get; init; }

    public DateTimeOffset SentAt { get; init; }

    /// <summary>Recorded and not yet handed to the messenger (see CheckIn.AwaitsSending).</summary>
    public bool AwaitsSending { get; init; }

    /// <summary>When its one reminder was sent, if it was.</summary>
    public DateTimeOffset? RemindedAt { get; init; }

    /// <summary>The person's baseline when it was sent (null: they joined without one, and the survey asks it first).</summary>
    public SelfAssessment? Baseline { get; init; }

    public SurveyAnswer? Answer { get; init; }

    public DateTimeOffset? AnsweredAt { get; init; }

    public bool IsAnswered => Answer is not null;

    public bool AnsweredBy(DateTimeOffset at) => Answer is not null && AnsweredAt <= at;

    public bool IsFor(string tenantId, string userObjectId) =>
        string.Equals(TenantId, tenantId, StringComparison.OrdinalIgnoreCase) && string.Equals(UserObjectId, userObjectId, StringComparison.OrdinalIgnoreCase);

    /// <summary>Its id within the pair and person, in row keys and idempotency keys ("mid", "end").</summary>
    public string Period => PeriodOf(Kind);

    public static string PeriodOf(SurveyKind kind) => kind switch
    {
        SurveyKind.Mid => "mid",
        SurveyKind.End => "end",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Records the first answer; a second one changes nothing (stored once, however often it is pressed).</summary>
    public Transition<Survey> Answered(SurveyAnswer answer, DateTimeOffset at) =>
        Transitions.If(Answer is null, () => this with { Answer = answer, AnsweredAt = at });
}
