using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MentorBot.Dialogs.Domain.CheckIns;
using MentorBot.Dialogs.Domain.Digests;
using MentorBot.Dialogs.Domain.Health;
using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Tests.Domain.CheckIns;
using static MentorBot.Tests.Domain.Digests.DigestSample;

namespace MentorBot.Tests.Domain.Digests;

/// <summary>
/// The digest's read model says what the records say: for random histories (answered or not, met or not, ratings, fit
/// and goal answers, booked meetings, shared periods) and random thresholds, every pair's health and every digest
/// figure computed from <see cref="PairFacts"/> equal those computed from all the records, at the instant the facts
/// were computed and any time after it, once written as the store's short row and read back.
/// </summary>
public sealed class PairFactsPropertyTests
{
    private static readonly Arbitrary<int> Seeds = Arb.From(Gen.Choose(0, 1_000_000));

    [Property(MaxTest = 300)]
    public Property Health_FromTheFacts_IsHealthFromAllTheCheckIns() => Prop.ForAll(Seeds, seed =>
    {
        var world = History.Generate(new Random(seed));
        foreach (var pair in world.Records.Pairs)
        {
            var all = world.Records.CheckIns.Where(c => c.PairId == pair.Id).ToList();
            var facts = PairFacts.Of(pair, all, [], [], [], world.At);
            var full = HealthRules.Of(world.Records.Programme, pair, Mentee(History.Index(pair)), Mentor(History.Index(pair)), all, world.Later);
            var kept = HealthRules.Of(world.Records.Programme, facts.Pair, Mentee(History.Index(pair)), Mentor(History.Index(pair)), facts.CheckIns, world.Later);
            if (!SameHealth(full, kept))
                return false.Label($"seed {seed}, pair {pair.Id}: {Describe(full)} from all, {Describe(kept)} from the facts");
        }

        return true.ToProperty();
    });

    [Property(MaxTest = 300)]
    public Property DigestFigures_FromTheFacts_AreTheFiguresFromAllTheRecords() => Prop.ForAll(Seeds, seed =>
    {
        var world = History.Generate(new Random(seed));
        var (roster, built) = Dialogs.Conversations.Digests.DigestReader.Build(world.Records, world.At);

        // As the store writes and reads them back: the short row must lose nothing a digest reads.
        var facts = built.Select(f => Dialogs.Stores.PairFactsRow.Read(world.Records.Programme.Id, Dialogs.Stores.PairFactsRow.Write(f))).ToList();
        var fromFacts = DigestFigures.Of(ProgrammeRecords.Of(world.Records.Programme, roster, facts), world.Later);
        var fromAll = DigestFigures.Of(world.Records, world.Later);
        return SameFigures(fromAll, fromFacts).Label($"seed {seed}: meetings {fromAll.MeetingsHeld}/{fromFacts.MeetingsHeld}, response {fromAll.CheckInResponseRate}/{fromFacts.CheckInResponseRate}");
    });

    [Fact]
    public void TheFacts_HoldNoWordAnyoneWrote()
    {
        var pair = Pair(1) with { DeclineReason = "SECRET-DECLINE" };
        var checkIn = CheckIn(1, Role.Mentee, 3) with { Goals = [GoalRef.For("SECRET-GOAL")] };
        checkIn = checkIn.WithAnswer(new CheckInAnswer(Dialogs.Domain.CheckIns.Met.Yes, 4, [new GoalAnswer(checkIn.Goals[0].Id, GoalProgress.Some)], "SECRET-BLOCKER", true), Now.AddDays(-2));
        var survey = Survey(1, Role.Mentee, Dialogs.Domain.Surveys.SurveyKind.Mid, new SelfAssessment(3, 3, 3), 4, 9);

        var facts = PairFacts.Of(pair, [checkIn], [survey], [], [], Now);

        var json = System.Text.Json.JsonSerializer.Serialize(facts);
        Assert.DoesNotContain("SECRET", json, StringComparison.Ordinal);
        Assert.Equal(checkIn.Goals[0].Id, Assert.Single(Assert.Single(facts.CheckIns).Goals).Id);
        Assert.Equal(9, Assert.Single(facts.Surveys).Answer!.Recommend);
    }

    [Fact]
    public void AYearOfCheckIns_KeepsTheLastTwelveWeeks_AndCountsTheMeetingsBefore()
    {
        var checkIns = Enumerable.Range(0, 26).SelectMany(k => new[] { Met(1, Role.Mentee, 7 + (14 * k)), Met(1, Role.Mentor, 7 + (14 * k)) }).ToList();

        var facts = PairFacts.Of(Pair(1, acceptedAt: Now.AddDays(-370)), checkIns, [], [], [], Now);

        // Six fortnights (days 7 to 77) fall inside the 84 days, for both people; the twenty others are counted.
        Assert.Equal(12, facts.CheckIns.Count);
        Assert.Equal(20, facts.EarlierMeetings);
    }

    [Fact]
    public void APersonsLatestSurvey_IsTheSame_WhateverOrderTheRecordsAreReadIn()
    {
        // A mentor of two pairs answers both pairs' surveys at the same instant: which one counts must not depend on reading order.
        var mentor = Mentor(1);
        var first = Survey(1, Role.Mentor, Dialogs.Domain.Surveys.SurveyKind.Mid, new SelfAssessment(2, 2, 2), 1, 0);
        var second = first with { PairId = Pair(2).Id, Answer = first.Answer! with { RelationshipQuality = 5, Recommend = 10 } };
        var people = new[] { mentor };
        var programme = Programme with { MinAnswers = 1 };

        var one = DigestFigures.Of(new ProgrammeRecords { Programme = programme, Participants = people, Surveys = [first, second] }, Now);
        var other = DigestFigures.Of(new ProgrammeRecords { Programme = programme, Participants = people, Surveys = [second, first] }, Now);

        Assert.Equal(one.RelationshipQuality, other.RelationshipQuality);
        Assert.Equal(one.WouldRecommend, other.WouldRecommend);
    }

    private static bool SameHealth(RelationshipHealth? a, RelationshipHealth? b) =>
        a is null ? b is null : b is not null && a.State == b.State && a.Reasons.SequenceEqual(b.Reasons);

    private static string Describe(RelationshipHealth? h) => h is null ? "none" : $"{h.State} [{string.Join(", ", h.Reasons)}]";

    private static bool SameFigures(DigestFigures a, DigestFigures b) =>
        a.Participants.SequenceEqual(b.Participants) && a.PairsByHealth.SequenceEqual(b.PairsByHealth) &&
        a.MeetingsPerWeek.SequenceEqual(b.MeetingsPerWeek) && a.MeetingsHeld == b.MeetingsHeld &&
        a.CheckInResponseRate == b.CheckInResponseRate && a.Usefulness == b.Usefulness &&
        a.RelationshipQuality == b.RelationshipQuality && a.WouldRecommend == b.WouldRecommend &&
        a.Impact.SequenceEqual(b.Impact) && a.AtRiskCount == b.AtRiskCount &&
        a.AtRisk.Select(p => (p.Pair.Id, p.Health.State, p.QuietDays, p.Tried.Count)).SequenceEqual(b.AtRisk.Select(p => (p.Pair.Id, p.Health.State, p.QuietDays, p.Tried.Count))) &&
        a.AtRisk.Zip(b.AtRisk).All(x => x.First.Health.Reasons.SequenceEqual(x.Second.Health.Reasons));

    /// <summary>A programme's records as known at <see cref="At"/>, and a later instant to read them at.</summary>
    private sealed record History(ProgrammeRecords Records, DateTimeOffset At, DateTimeOffset Later)
    {
        public static int Index(Pair pair) => int.Parse(pair.MenteeId[1..], System.Globalization.CultureInfo.InvariantCulture);

        public static History Generate(Random random)
        {
            var at = Now.AddDays(-random.Next(0, 60));
            var later = at.AddDays(random.NextDouble() * 90);
            var programme = Programme with
            {
                MinAnswers = random.Next(1, 4),
                Nudges = Programme.Nudges with { DaysWithoutAnswer = random.Next(1, 8), NudgesBeforeEscalation = random.Next(1, 5), DaysWithoutMeeting = random.Next(7, 40) },
            };
            var pairCount = random.Next(1, 6);
            var pairs = new List<Pair>();
            var checkIns = new List<CheckIn>();
            for (var i = 1; i <= pairCount; i++)
            {
                var accepted = at.AddDays(-random.Next(10, 400));
                var pair = Pair(i, acceptedAt: accepted);
                var engagement = random.NextDouble();
                var mentee = Mentee(i) with { Goals = ["Negotiate", "Public speaking"] };
                var every = random.Next(3, 21);
                for (var sent = accepted.AddDays(every); sent < at; sent = sent.AddDays(every + random.Next(0, 5)))
                {
                    var period = CheckInPeriod.Every(sent);
                    foreach (var person in new[] { mentee, Mentor(i) })
                    {
                        var sentAt = sent.AddHours(random.Next(0, 30));
                        if (sentAt > at)
                            continue;
                        var checkIn = Sample.CheckIn(person, sentAt, period) with { PairId = pair.Id, ProgrammeId = programme.Id, AsksFit = random.NextDouble() < 0.4 };
                        if (random.NextDouble() < engagement)
                        {
                            var answeredAt = sentAt.AddHours(random.Next(1, 240));
                            if (answeredAt <= at)
                            {
                                var met = random.NextDouble() < 0.6 ? Dialogs.Domain.CheckIns.Met.Yes : Dialogs.Domain.CheckIns.Met.NotYet;
                                Fit? fit = checkIn.AsksFit ? (Fit)random.Next(0, 3) : null;
                                checkIn = checkIn.Answered(answeredAt, met, random.Next(1, 6), (GoalProgress)random.Next(0, 4), fit);
                            }
                        }

                        checkIns.Add(checkIn);
                    }
                }

                // Some pairs booked a meeting, perhaps already held, perhaps in a period a check-in also covers.
                if (random.NextDouble() < 0.4)
                {
                    var start = at.AddDays(-random.Next(-10, 120));
                    pair = pair with { NextMeeting = new PairMeeting(start, start.AddMinutes(30), "event-" + i, null) };
                    if (random.NextDouble() < 0.5 && start.AddMinutes(30) <= at)
                        checkIns.Add((Sample.CheckIn(Mentor(i), start.AddHours(1), CheckInPeriod.ForMeeting(pair.NextMeeting)) with { PairId = pair.Id, ProgrammeId = programme.Id }).Answered(start.AddHours(2), Dialogs.Domain.CheckIns.Met.Yes, random.Next(1, 6)));
                }

                pairs.Add(pair);
            }

            return new History(DigestSample.Records(pairCount, programme, checkIns, pairList: pairs), at, later);
        }
    }
}
