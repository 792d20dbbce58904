using System.Text.Json;
using System.Text.Json.Serialization;
using MentorBot.Dialogs.Domain.CheckIns;
using MentorBot.Dialogs.Domain.Digests;
using MentorBot.Dialogs.Domain.Nudges;
using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Surveys;

namespace MentorBot.Dialogs.Stores;

/// <summary>
/// How a pair's facts are written: what was tried as the stores write it; the pair, its check-ins and surveys as short
/// tuples holding only what a digest reads (who of the two, period, instants in ticks, the answer's numbers).
/// A check-in is about 80 bytes this way against 450 as a record, which is most of a large digest's read time.
/// Read back, they are records again, with what was left out empty: goals are numbered, not worded.
/// </summary>
internal static class PairFactsRow
{
    private static JsonSerializerOptions Options => StoreJson.Options;

    public static string Write(PairFacts facts) => JsonSerializer.Serialize(
        new Row(
            ToTuple(facts.Pair),
            facts.At.UtcTicks,
            facts.EarlierMeetings,
            facts.CheckIns.Count == 0 ? null : [.. facts.CheckIns.Select(c => ToTuple(facts.Pair, c))],
            facts.Surveys.Count == 0 ? null : [.. facts.Surveys.Select(s => ToTuple(facts.Pair, s))],
            facts.Nudges.Count == 0 ? null : facts.Nudges,
            facts.Snoozes.Count == 0 ? null : facts.Snoozes),
        Options);

    public static PairFacts Read(string programmeId, string body)
    {
        var row = JsonSerializer.Deserialize<Row>(body, Options) ?? throw new InvalidDataException("Empty pair facts.");
        var pair = FromTuple(programmeId, row.Pair);
        return new PairFacts
        {
            Pair = pair,
            At = new DateTimeOffset(row.At, TimeSpan.Zero),
            EarlierMeetings = row.Earlier,
            CheckIns = [.. (row.CheckIns ?? []).Select(c => FromTuple(pair, c))],
            Surveys = [.. (row.Surveys ?? []).Select(s => FromTuple(pair, s))],
            Nudges = row.Nudges ?? [],
            Snoozes = row.Snoozes ?? [],
        };
    }

    // The pair as the digest reads it: its people, status, dates and booked meeting; not its match reasons or history.
    private static PairTuple ToTuple(Pair p) => new(
        p.Id, p.MenteeTenantId, p.MenteeId, p.MentorTenantId, p.MentorId, (int)p.Status, p.ProposedAt.UtcTicks, p.OfferedAt?.UtcTicks, p.AnswerBy?.UtcTicks,
        p.AcceptedAt?.UtcTicks, p.ClosedAt?.UtcTicks, p.ContinuingSince?.UtcTicks,
        p.NextMeeting is { } m ? new MeetingTuple(m.Start.UtcTicks, m.End.UtcTicks, m.EventId, m.PendingSince?.UtcTicks) : null);

    private static Pair FromTuple(string programmeId, PairTuple t) => new()
    {
        Id = t.Id,
        ProgrammeId = programmeId,
        MenteeTenantId = t.Et,
        MenteeId = t.E,
        MentorTenantId = t.Rt,
        MentorId = t.R,
        Status = (PairStatus)t.St,
        ProposedAt = Instant(t.P),
        OfferedAt = Instant(t.O),
        AnswerBy = Instant(t.B),
        AcceptedAt = Instant(t.A),
        ClosedAt = Instant(t.C),
        ContinuingSince = Instant(t.Cs),
        NextMeeting = t.M is { } m ? new PairMeeting(Instant(m.S), Instant(m.E), m.Ev, null) { PendingSince = Instant(m.Pe) } : null,
    };

    private static DateTimeOffset Instant(long ticks) => new(ticks, TimeSpan.Zero);

    private static DateTimeOffset? Instant(long? ticks) => ticks is { } t ? new DateTimeOffset(t, TimeSpan.Zero) : null;

    private static int Who(Pair pair, string tenantId, string userObjectId) =>
        string.Equals(pair.MentorTenantId, tenantId, StringComparison.OrdinalIgnoreCase) && string.Equals(pair.MentorId, userObjectId, StringComparison.OrdinalIgnoreCase) ? 1 : 0;

    private static (string TenantId, string UserObjectId, Role Role) Person(Pair pair, int who) =>
        who == 1 ? (pair.MentorTenantId, pair.MentorId, Role.Mentor) : (pair.MenteeTenantId, pair.MenteeId, Role.Mentee);

    private static CheckInTuple ToTuple(Pair pair, CheckIn c) => new(
        Who(pair, c.TenantId, c.UserObjectId),
        c.Period,
        c.SentAt.UtcTicks,
        c.AwaitsSending,
        c.Goals.Count,
        c.AnsweredAt?.UtcTicks,
        c.Answer is { } a ? (int)a.Met : null,
        c.Answer?.Usefulness,
        c.Answer?.Fit is { } fit ? (int)fit : null,
        c.Answer is { Goals.Count: > 0 } answer ? [.. answer.Goals.Select(g => (int)g.Progress)] : null);

    private static CheckIn FromTuple(Pair pair, CheckInTuple t)
    {
        var (tenantId, userObjectId, role) = Person(pair, t.W);
        var sent = new DateTimeOffset(t.S, TimeSpan.Zero);
        return new CheckIn
        {
            ProgrammeId = pair.ProgrammeId,
            PairId = pair.Id,
            TenantId = tenantId,
            UserObjectId = userObjectId,
            Role = role,
            Period = t.P,
            DueAt = sent,
            SentAt = sent,
            AwaitsSending = t.X,
            Goals = [.. Enumerable.Range(0, t.N).Select(i => new GoalRef(GoalId(i), string.Empty))],
            AnsweredAt = t.A is { } answered ? new DateTimeOffset(answered, TimeSpan.Zero) : null,
            Answer = t.M is { } met
                ? new CheckInAnswer((Met)met, t.U, [.. (t.G ?? []).Select((p, i) => new GoalAnswer(GoalId(i), (GoalProgress)p))], Fit: t.F is { } fit ? (Fit)fit : null)
                : null,
        };
    }

    private static SurveyTuple ToTuple(Pair pair, Survey s) => new(
        Who(pair, s.TenantId, s.UserObjectId), (int)s.Kind, s.SentAt.UtcTicks, s.AnsweredAt?.UtcTicks, Scores(s.Answer?.Now), s.Answer?.RelationshipQuality ?? 0, s.Answer?.Recommend ?? 0, Scores(s.Baseline));

    private static Survey FromTuple(Pair pair, SurveyTuple t)
    {
        var (tenantId, userObjectId, role) = Person(pair, t.W);
        var sent = new DateTimeOffset(t.S, TimeSpan.Zero);
        return new Survey
        {
            ProgrammeId = pair.ProgrammeId,
            PairId = pair.Id,
            TenantId = tenantId,
            UserObjectId = userObjectId,
            Role = role,
            Kind = (SurveyKind)t.K,
            DueAt = sent,
            SentAt = sent,
            Baseline = Assessment(t.B),
            AnsweredAt = t.A is { } answered ? new DateTimeOffset(answered, TimeSpan.Zero) : null,
            Answer = Assessment(t.N) is { } now ? new SurveyAnswer(now, t.Q, t.R) : null,
        };
    }

    private static int[]? Scores(SelfAssessment? s) =>
        s is null ? null : s.LeadershipConfidence is { } l ? [s.Skills, s.Opportunities, s.Satisfaction, l] : [s.Skills, s.Opportunities, s.Satisfaction];

    private static SelfAssessment? Assessment(int[]? s) =>
        s is null ? null : new SelfAssessment(s[0], s[1], s[2], s.Length > 3 ? s[3] : null);

    private static string GoalId(int index) => "g" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private sealed record Row(
        [property: JsonPropertyName("pair")] PairTuple Pair,
        [property: JsonPropertyName("at")] long At,
        [property: JsonPropertyName("earlier")] int Earlier,
        [property: JsonPropertyName("c")] IReadOnlyList<CheckInTuple>? CheckIns,
        [property: JsonPropertyName("s")] IReadOnlyList<SurveyTuple>? Surveys,
        [property: JsonPropertyName("nudges")] IReadOnlyList<Nudge>? Nudges,
        [property: JsonPropertyName("snoozes")] IReadOnlyList<Snooze>? Snoozes);

    // Et/E the mentee's tenant and id, Rt/R the mentor's, St status, then proposed, offered, answer by, accepted,
    // closed, continuing since (ticks), M the booked or pending meeting.
    private sealed record PairTuple(string Id, string Et, string E, string Rt, string R, int St, long P, long? O, long? B, long? A, long? C, long? Cs, MeetingTuple? M);

    // S start, E end (ticks), Ev the calendar event's id (booked), Pe pending since.
    private sealed record MeetingTuple(long S, long E, string? Ev, long? Pe);

    // W who (0 mentee, 1 mentor), P period, S sent (ticks), X awaits sending, N goals asked, A answered (ticks),
    // M met, U usefulness, F fit, G each goal's progress.
    private sealed record CheckInTuple(
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] int W,
        string P,
        long S,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool X,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] int N,
        long? A, int? M, int? U, int? F, int[]? G);

    // W who, K kind, S sent, A answered (ticks), N the self-assessment now, Q relationship quality, R would recommend, B baseline.
    private sealed record SurveyTuple(
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] int W,
        int K, long S, long? A, int[]? N, int Q, int R, int[]? B);
}
