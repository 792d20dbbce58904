using MentorBot.Dialogs.Domain.CheckIns;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Domain.Surveys;

namespace MentorBot.Dialogs.Domain.Digests;

/// <summary>
/// The figures computed from people's answers (see <see cref="DigestFigures"/>): each n counts people, not answers,
/// because MinAnswers protects people (five answers from one person would otherwise pass).
/// </summary>
internal static class Answers
{
    public const int PromoterFrom = 9;
    public const int DetractorUpTo = 6;

    public static Figure ResponseRate(Programme programme, IEnumerable<CheckIn> checkIns, DateTimeOffset now, int weeks, int min)
    {
        var from = now.AddDays(-7 * weeks);
        var due = now.AddDays(-programme.Nudges.DaysWithoutAnswer);
        var counted = checkIns.Where(c => !c.AwaitsSending && c.SentAt >= from && c.SentAt <= due).ToList();
        if (counted.Count == 0)
            return new Figure(null, 0);
        return Figure.Of(100.0 * counted.Count(c => c.AnsweredBy(now)) / counted.Count, PeopleIn(counted), min);
    }

    public static Figure Usefulness(IEnumerable<CheckIn> checkIns, DateTimeOffset now, int weeks, int min)
    {
        var from = now.AddDays(-7 * weeks);
        var rated = checkIns.Where(c => c.SentAt >= from && c.AnsweredBy(now) && c.Answer!.Usefulness is not null).ToList();
        if (rated.Count == 0)
            return new Figure(null, 0);
        return Figure.Of(rated.Average(c => c.Answer!.Usefulness!.Value), PeopleIn(rated), min);
    }

    public static Figure RelationshipQuality(IEnumerable<Survey> surveys, DateTimeOffset now, int min) =>
        Figure.MeanOf([.. Latest(surveys, now).Select(s => (double)s.Answer!.RelationshipQuality)], min);

    /// <summary>% promoters (9–10) minus % detractors (0–6) of each person's latest would-recommend: the usual NPS, −100 to 100.</summary>
    public static Figure NetPromoterScore(IEnumerable<Survey> surveys, DateTimeOffset now, int min)
    {
        var scores = Latest(surveys, now).Select(s => s.Answer!.Recommend).ToList();
        if (scores.Count == 0)
            return new Figure(null, 0);
        var promoters = scores.Count(s => s >= PromoterFrom);
        var detractors = scores.Count(s => s <= DetractorUpTo);
        return Figure.Of(100.0 * (promoters - detractors) / scores.Count, scores.Count, min);
    }

    /// <summary>Each person's latest survey answer against their baseline (the one the survey carried, else their profile's).</summary>
    public static IReadOnlyList<AxisImpact> Impact(IEnumerable<Survey> surveys, People people, DateTimeOffset now, int min)
    {
        var pairs = new List<(SelfAssessment Before, SelfAssessment After)>();
        foreach (var survey in Latest(surveys, now))
        {
            if ((survey.Baseline ?? people.Find(survey.TenantId, survey.UserObjectId)?.Baseline) is { } before)
                pairs.Add((before, survey.Answer!.Now));
        }

        return [.. Enum.GetValues<ImpactAxis>().Select(axis =>
        {
            var changes = pairs.Select(p => On(axis, p.After) - On(axis, p.Before)).ToList();
            return new AxisImpact(axis, Figure.MeanOf([.. changes.Select(c => (double)c)], min), Figure.PercentOf(changes.Count(c => c > 0), changes.Count, min));
        })];
    }

    public static int On(ImpactAxis axis, SelfAssessment rated) => axis switch
    {
        ImpactAxis.Skills => rated.Skills,
        ImpactAxis.Opportunities => rated.Opportunities,
        ImpactAxis.Satisfaction => rated.Satisfaction,
        _ => throw new ArgumentOutOfRangeException(nameof(axis), axis, null),
    };

    /// <summary>
    /// Each person's latest survey answered by <paramref name="now"/>, whichever pair it was about; of two answered at
    /// the same instant, the later sent, then the pair id decides, so the figures never depend on the order records are read in.
    /// </summary>
    public static IEnumerable<Survey> Latest(IEnumerable<Survey> surveys, DateTimeOffset now) =>
        surveys.Where(s => s.AnsweredBy(now))
            .GroupBy(s => (s.TenantId.ToUpperInvariant(), s.UserObjectId.ToUpperInvariant()))
            .Select(g => g.OrderBy(s => s.AnsweredAt).ThenBy(s => s.SentAt).ThenBy(s => s.PairId, StringComparer.Ordinal).ThenBy(s => s.Kind).Last());

    private static int PeopleIn(IEnumerable<CheckIn> checkIns) =>
        checkIns.Select(c => (c.TenantId.ToUpperInvariant(), c.UserObjectId.ToUpperInvariant())).Distinct().Count();
}
