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
/// How a pair's facts are written: the pair and what was tried as the stores write them, the check-ins and surveys
/// as short tuples holding only what a digest reads (who of the two, period, instants in ticks, the answer's numbers).
/// A check-in is about 80 bytes this way against 450 as a record, which is most of a large digest's read time.
/// Read back, they are records again, with what was left out empty: goals are numbered, not worded.
/// </summary>
internal static class PairFactsRow
{
    private static JsonSerializerOptions Options => StoreJson.Options;

    public static string Write(PairFacts facts) => JsonSerializer.Serialize(
        new Row(facts.Pair, facts.At.UtcTicks, facts.EarlierMeetings, [.. facts.CheckIns.Select(c => ToTuple(facts.Pair, c))], [.. facts.Surveys.Select(s => ToTuple(facts.Pair, s))], facts.Nudges, facts.Snoozes),
        Options);

    public static PairFacts Read(string body)
    {
        var row = JsonSerializer.Deserialize<Row>(body, Options) ?? throw new InvalidDataException("Empty pair facts.");
        return new PairFacts
        {
            Pair = row.Pair,
            At = new DateTimeOffset(row.At, TimeSpan.Zero),
            EarlierMeetings = row.Earlier,
            CheckIns = [.. row.CheckIns.Select(c => FromTuple(row.Pair, c))],
            Surveys = [.. row.Surveys.Select(s => FromTuple(row.Pair, s))],
            Nudges = row.Nudges ?? [],
            Snoozes = row.Snoozes ?? [],
        };
    }

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
        c.Answer is { } answer ? [.. answer.Goals.Select(g => (int)g.Progress)] : null);

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
        [property: JsonPropertyName("pair")] Pair Pair,
        [property: JsonPropertyName("at")] long At,
        [property: JsonPropertyName("earlier")] int Earlier,
        [property: JsonPropertyName("c")] IReadOnlyList<CheckInTuple> CheckIns,
        [property: JsonPropertyName("s")] IReadOnlyList<SurveyTuple> Surveys,
        [property: JsonPropertyName("nudges")] IReadOnlyList<Nudge>? Nudges,
        [property: JsonPropertyName("snoozes")] IReadOnlyList<Snooze>? Snoozes);

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
