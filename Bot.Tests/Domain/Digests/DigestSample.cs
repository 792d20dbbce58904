using MentorBot.Dialogs.Domain.CheckIns;
using MentorBot.Dialogs.Domain.Digests;
using MentorBot.Dialogs.Domain.Nudges;
using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Domain.Surveys;
using MentorBot.Tests.Domain.CheckIns;

namespace MentorBot.Tests.Domain.Digests;

/// <summary>
/// Digest records built by hand: pair i is mentee "e{i}" with mentor "m{i}" in programme p-1 (1 January to 31 December
/// 2027, fortnightly, the default nudge thresholds: 21 days without meeting, 5 without answer), read on Tuesday 1 June.
/// </summary>
internal static class DigestSample
{
    public static readonly DateTimeOffset Now = new(2027, 6, 1, 12, 0, 0, TimeSpan.Zero);

    public static Programme Programme { get; } = Sample.Programme;

    public static Participant Mentee(int i) => Sample.Person($"e{i}", Role.Mentee, "Europe/Paris") with { DisplayName = $"Mentee {i}", JoinedAt = Now.AddDays(-150), Baseline = new SelfAssessment(2, 2, 3) };

    public static Participant Mentor(int i) => Sample.Person($"m{i}", Role.Mentor, "Europe/Paris") with { DisplayName = $"Mentor {i}", JoinedAt = Now.AddDays(-150), Capacity = 1, Baseline = new SelfAssessment(4, 4, 4, 3) };

    public static Pair Pair(int i, PairStatus status = PairStatus.Active, DateTimeOffset? acceptedAt = null) => new()
    {
        Id = Dialogs.Domain.Pairs.Pair.IdFor($"e{i}", $"m{i}"),
        ProgrammeId = Programme.Id,
        MenteeTenantId = "t",
        MenteeId = $"e{i}",
        MentorTenantId = "t",
        MentorId = $"m{i}",
        Status = status,
        ProposedAt = Now.AddDays(-120),
        OfferedAt = status == PairStatus.Proposed ? null : Now.AddDays(-119),
        AnswerBy = status == PairStatus.Offered ? Now.AddDays(2) : null,
        AcceptedAt = status is PairStatus.Active or PairStatus.Ended ? acceptedAt ?? Now.AddDays(-100) : null,
        ClosedAt = status is PairStatus.Ended or PairStatus.Declined ? Now.AddDays(-10) : null,
    };

    /// <summary>A check-in to one person of pair i, sent <paramref name="daysAgo"/> days before <see cref="Now"/>.</summary>
    public static CheckIn CheckIn(int i, Role role, double daysAgo, string? period = null)
    {
        var person = role == Role.Mentee ? Mentee(i) : Mentor(i);
        var sent = Now.AddDays(-daysAgo);
        return Sample.CheckIn(person, sent, period ?? CheckInPeriod.Every(sent)) with { PairId = Pair(i).Id };
    }

    /// <summary>A check-in answered a day after it was sent.</summary>
    public static CheckIn Met(int i, Role role, double daysAgo, int usefulness = 4, string? period = null)
    {
        var checkIn = CheckIn(i, role, daysAgo, period);
        return checkIn.Answered(checkIn.SentAt.AddDays(1), Dialogs.Domain.CheckIns.Met.Yes, usefulness);
    }

    public static Survey Survey(int i, Role role, SurveyKind kind, SelfAssessment now, int quality, int recommend, double answeredDaysAgo = 5, SelfAssessment? baseline = null)
    {
        var person = role == Role.Mentee ? Mentee(i) : Mentor(i);
        return new Survey
        {
            ProgrammeId = Programme.Id,
            PairId = Pair(i).Id,
            TenantId = person.TenantId,
            UserObjectId = person.UserObjectId,
            Role = role,
            Kind = kind,
            SentAt = Now.AddDays(-answeredDaysAgo - 1),
            DueAt = Now.AddDays(-answeredDaysAgo - 1),
            Baseline = baseline,
            Answer = new SurveyAnswer(now, quality, recommend) { HelpedMost = "SECRET-HELPED", WouldChange = "SECRET-CHANGE" },
            AnsweredAt = Now.AddDays(-answeredDaysAgo),
        };
    }

    public static Nudge Nudge(int i, NudgeKind kind, Role? role, double daysAgo, string? leadId = null)
    {
        var person = role == Role.Mentor ? Mentor(i) : Mentee(i);
        var sent = Now.AddDays(-daysAgo);
        return new Nudge
        {
            ProgrammeId = Programme.Id,
            PairId = Pair(i).Id,
            TenantId = "t",
            UserObjectId = leadId ?? person.UserObjectId,
            Kind = kind,
            Role = leadId is null ? role : null,
            Period = NudgePeriod.QuietSince(sent),
            DueAt = sent,
            SentAt = sent,
        };
    }

    /// <summary>Records with pairs 1…n active (both people on record) and whatever else is given.</summary>
    public static ProgrammeRecords Records(int pairs, Programme? programme = null, IEnumerable<CheckIn>? checkIns = null, IEnumerable<Survey>? surveys = null, IEnumerable<Pair>? pairList = null, IEnumerable<Participant>? extraPeople = null, IEnumerable<Nudge>? nudges = null) => new()
    {
        Programme = programme ?? Programme,
        Participants = [.. Enumerable.Range(1, pairs).SelectMany(i => new[] { Mentee(i), Mentor(i) }).Concat(extraPeople ?? [])],
        Pairs = [.. pairList ?? Enumerable.Range(1, pairs).Select(i => Pair(i))],
        CheckIns = [.. checkIns ?? []],
        Surveys = [.. surveys ?? []],
        Nudges = [.. nudges ?? []],
    };
}
