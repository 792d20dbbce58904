using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MentorBot.Dialogs.Domain.Digests;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Surveys;
using static MentorBot.Tests.Domain.Digests.DigestSample;

namespace MentorBot.Tests.Domain.Digests;

/// <summary>What holds for any number of answers and any MinAnswers: suppression exactly below the threshold, and the NPS formula.</summary>
public sealed class DigestPropertyTests
{
    private static readonly Arbitrary<(int People, int MinAnswers, int Seed)> Cases =
        Arb.From(Gen.Choose(0, 14).SelectMany(n => Gen.Choose(1, 10).SelectMany(min => Gen.Choose(0, 100_000).Select(seed => (n, min, seed)))));

    [Property(MaxTest = 200)]
    public Property SurveyFigures_AreShown_ExactlyFromMinAnswersPeople() => Prop.ForAll(Cases, c =>
    {
        var figures = DigestFigures.Of(Records(c.People, Programme with { MinAnswers = c.MinAnswers }, surveys: Surveys(c.People, new Random(c.Seed))), Now);
        Figure[] all = [figures.RelationshipQuality, figures.WouldRecommend, .. figures.Impact.SelectMany(a => new[] { a.MeanChange, a.ShareImproved })];
        return all.All(f => f.N == c.People && f.IsSuppressed == (c.People < c.MinAnswers));
    });

    [Property(MaxTest = 200)]
    public Property WouldRecommend_IsPromotersMinusDetractors_InPercent() => Prop.ForAll(Cases, c =>
    {
        var surveys = Surveys(c.People, new Random(c.Seed));
        var figure = DigestFigures.Of(Records(c.People, Programme with { MinAnswers = 1 }, surveys: surveys), Now).WouldRecommend;
        var scores = surveys.Select(s => s.Answer!.Recommend).ToList();
        if (scores.Count == 0)
            return figure.IsSuppressed;
        var expected = 100.0 * (scores.Count(s => s >= 9) - scores.Count(s => s <= 6)) / scores.Count;
        return figure.Value is { } value && Math.Abs(value - expected) < 1e-9 && value is >= -100 and <= 100;
    });

    private static List<Survey> Surveys(int people, Random random) =>
        [.. Enumerable.Range(1, people).Select(i => Survey(
            i, Role.Mentee, SurveyKind.End, new SelfAssessment(random.Next(1, 6), random.Next(1, 6), random.Next(1, 6)), random.Next(1, 6), random.Next(0, 11)))];
}
