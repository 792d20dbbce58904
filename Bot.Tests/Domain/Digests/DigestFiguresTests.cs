using MentorBot.Dialogs.Domain.CheckIns;
using MentorBot.Dialogs.Domain.Digests;
using MentorBot.Dialogs.Domain.Health;
using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Surveys;
using MentorBot.Tests.Domain.CheckIns;
using static MentorBot.Tests.Domain.Digests.DigestSample;

namespace MentorBot.Tests.Domain.Digests;

/// <summary>Digest figures against expectations computed by hand (the comments show the sums).</summary>
public sealed class DigestFiguresTests
{
    [Fact]
    public void Participants_AreCountedByRoleAndStatus()
    {
        var records = Records(3, extraPeople: [Mentee(4) with { Status = ParticipantStatus.Paused }, Mentee(5) with { Status = ParticipantStatus.Left }, Mentor(4) with { Status = ParticipantStatus.Left }]);

        var figures = DigestFigures.Of(records, Now);

        Assert.Equal(new RoleCount(Role.Mentee, 3, 1, 1), figures.Participants.Single(r => r.Role == Role.Mentee));
        Assert.Equal(new RoleCount(Role.Mentor, 3, 0, 1), figures.Participants.Single(r => r.Role == Role.Mentor));
    }

    [Fact]
    public void MeetingsPerWeek_CountOnePerPairAndPeriod_AndEndedBookingsNotCountedByACheckIn()
    {
        // Weeks run 10 March … 1 June (today, UTC), seven days each; index 11 is 26 May – 1 June.
        var meeting4 = new PairMeeting(Now.AddDays(-20).AddHours(-1), Now.AddDays(-20), "ev-4", null);
        var period4 = CheckInPeriod.ForMeeting(meeting4);
        var samePeriod = CheckInPeriod.Every(Now.AddDays(-1));
        var pairs = Enumerable.Range(1, 7).Select(i => Pair(i)).ToList();
        pairs[2] = pairs[2] with { NextMeeting = new PairMeeting(Now.AddDays(-3).AddHours(-1), Now.AddDays(-3), "ev-3", null) };
        pairs[3] = pairs[3] with { NextMeeting = meeting4 };
        var future = CheckIn(6, Role.Mentee, 0.5);
        CheckIn[] checkIns =
        [
            Met(1, Role.Mentee, 1, period: samePeriod), Met(1, Role.Mentor, 1, period: samePeriod), // both said so: one meeting, week 11
            Met(2, Role.Mentee, 8),                                     // 24 May: week 10
            Met(4, Role.Mentor, 19, period: period4),                   // 13 May: week 9; counts pair 4's booking too
            Met(5, Role.Mentee, 100),                                   // before the twelve weeks: held, not in a week
            future.Answered(future.SentAt.AddDays(1)),                  // answered after now: not yet
            CheckIn(7, Role.Mentee, 2).Answered(Now.AddDays(-1), Dialogs.Domain.CheckIns.Met.NotYet),
        ];

        var figures = DigestFigures.Of(Records(7, checkIns: checkIns, pairList: pairs), Now);

        // Pair 3's booking ended 29 May (week 11) with no check-in of its period.
        Assert.Equal([0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 2], figures.MeetingsPerWeek.Select(w => w.Meetings));
        Assert.Equal(new DateOnly(2027, 3, 10), figures.MeetingsPerWeek[0].Start);
        Assert.Equal(new DateOnly(2027, 5, 26), figures.MeetingsPerWeek[^1].Start);
        Assert.Equal(5, figures.MeetingsHeld);
    }

    [Fact]
    public void CheckInFigures_CountPeople_AndLeaveOutWhatIsTooYoungTooOldOrUnsent()
    {
        CheckIn[] checkIns =
        [
            Met(1, Role.Mentee, 30, usefulness: 4), Met(1, Role.Mentee, 16, usefulness: 2),
            Met(1, Role.Mentor, 30, usefulness: 5), CheckIn(1, Role.Mentor, 16),
            CheckIn(2, Role.Mentee, 10),
            CheckIn(2, Role.Mentor, 10).Answered(Now.AddDays(-9), Dialogs.Domain.CheckIns.Met.NotYet),
            Met(3, Role.Mentee, 40, usefulness: 3),
            CheckIn(3, Role.Mentee, 2),                                // younger than DaysWithoutAnswer (5)
            CheckIn(1, Role.Mentee, 100),                              // before the twelve weeks
            CheckIn(3, Role.Mentor, 20) with { AwaitsSending = true }, // recorded, not sent
        ];

        var figures = DigestFigures.Of(Records(3, checkIns: checkIns), Now);
        var stricter = DigestFigures.Of(Records(3, Programme with { MinAnswers = 6 }, checkIns), Now);
        var looser = DigestFigures.Of(Records(3, Programme with { MinAnswers = 3 }, checkIns), Now);

        // 7 counted, 5 answered (e1 ×2, m1, m2, e3), from 5 people (e1, m1, e2, m2, e3).
        Assert.Equal(new Figure(100.0 * 5 / 7, 5), figures.CheckInResponseRate);
        Assert.Equal(new Figure(null, 5), stricter.CheckInResponseRate);

        // Ratings 4, 2, 5, 3 from 3 people (e1, m1, e3): too few for 5, enough for 3.
        Assert.Equal(new Figure(null, 3), figures.Usefulness);
        Assert.Equal(new Figure(3.5, 3), looser.Usefulness);
    }

    [Fact]
    public void SurveyFigures_ReadEachPersonsLatestAnswer_AndScoreWouldRecommendAsNps()
    {
        var now = new SelfAssessment(3, 3, 3);
        Survey[] surveys =
        [
            Survey(1, Role.Mentee, SurveyKind.Mid, now, quality: 1, recommend: 0, answeredDaysAgo: 40), // replaced by e1's end survey
            Survey(1, Role.Mentee, SurveyKind.End, now, 5, 10),
            Survey(2, Role.Mentee, SurveyKind.End, now, 4, 9),
            Survey(3, Role.Mentee, SurveyKind.End, now, 4, 8),
            Survey(4, Role.Mentee, SurveyKind.End, now, 3, 6),
            Survey(5, Role.Mentee, SurveyKind.End, now, 2, 0),
            Survey(1, Role.Mentor, SurveyKind.End, now, 1, 0) with { Answer = null, AnsweredAt = null },
        ];

        var figures = DigestFigures.Of(Records(5, surveys: surveys), Now);

        // Quality (5 + 4 + 4 + 3 + 2) / 5; NPS: promoters 10, 9; detractors 6, 0: (2 − 2) / 5.
        Assert.Equal(new Figure(3.6, 5), figures.RelationshipQuality with { Value = Math.Round(figures.RelationshipQuality.Value!.Value, 9) });
        Assert.Equal(new Figure(0, 5), figures.WouldRecommend);

        var promoters = surveys.Select(s => s.Answer is { } a ? s with { Answer = a with { Recommend = s.UserObjectId switch { "e4" => 7, "e5" => 3, "e3" => 10, _ => a.Recommend } } } : s);
        Assert.Equal(new Figure(40, 5), DigestFigures.Of(Records(5, surveys: promoters), Now).WouldRecommend); // (3 − 1) / 5
    }

    [Fact]
    public void Impact_ComparesTheLatestAnswerWithTheBaseline_PerAxis()
    {
        // Profile baseline of every mentee: (2, 2, 3); e1's survey carries its own (1, 1, 1).
        Survey[] surveys =
        [
            Survey(1, Role.Mentee, SurveyKind.End, new(3, 2, 4), 4, 9, baseline: new(1, 1, 1)), // +2 +1 +3
            Survey(2, Role.Mentee, SurveyKind.End, new(2, 3, 3), 4, 9),                         //  0 +1  0
            Survey(3, Role.Mentee, SurveyKind.End, new(4, 1, 3), 4, 9),                         // +2 −1  0
            Survey(4, Role.Mentee, SurveyKind.End, new(2, 2, 2), 4, 9),                         //  0  0 −1
            Survey(5, Role.Mentee, SurveyKind.End, new(3, 3, 4), 4, 9),                         // +1 +1 +1
        ];

        var impact = DigestFigures.Of(Records(5, surveys: surveys), Now).Impact;

        Assert.Equal(
            [(ImpactAxis.Skills, 1.0, 60.0, 5), (ImpactAxis.Opportunities, 0.4, 60.0, 5), (ImpactAxis.Satisfaction, 0.6, 40.0, 5)],
            impact.Select(a => (a.Axis, Math.Round(a.MeanChange.Value!.Value, 9), Math.Round(a.ShareImproved.Value!.Value, 9), a.MeanChange.N)));
        Assert.All(impact, a => Assert.Equal(a.MeanChange.N, a.ShareImproved.N));
    }

    [Theory]
    [InlineData(4, true)]
    [InlineData(5, false)]
    public void SurveyFigures_AreSuppressedBelowMinAnswers(int people, bool suppressed)
    {
        var surveys = Enumerable.Range(1, people).Select(i => Survey(i, Role.Mentee, SurveyKind.End, new(4, 4, 4), 4, 10)).ToList();

        var figures = DigestFigures.Of(Records(people, surveys: surveys), Now);

        Figure[] all = [figures.RelationshipQuality, figures.WouldRecommend, .. figures.Impact.SelectMany(a => new[] { a.MeanChange, a.ShareImproved })];
        Assert.All(all, f => Assert.Equal((suppressed, people), (f.IsSuppressed, f.N)));
    }

    [Fact]
    public void PairsByHealth_CountStartedPairs_AndTheAtRiskListPutsTheWorstAndQuietestFirst()
    {
        var pairs = Enumerable.Range(1, 8).Select(i => Pair(i)).ToList();
        pairs[6] = Pair(7, PairStatus.Ended);
        pairs[7] = Pair(8, PairStatus.Proposed);
        CheckIn[] checkIns = [Met(1, Role.Mentee, 3), Met(2, Role.Mentee, 17), Met(3, Role.Mentee, 20), Met(4, Role.Mentee, 30), Met(5, Role.Mentee, 50)];
        var nudges = new[] { Nudge(6, Dialogs.Domain.Nudges.NudgeKind.NoMeeting, Role.Mentee, 20), Nudge(6, Dialogs.Domain.Nudges.NudgeKind.Escalation, null, 10, leadId: "lead"), Nudge(1, Dialogs.Domain.Nudges.NudgeKind.NoMeeting, Role.Mentor, 4) };

        var figures = DigestFigures.Of(Records(8, checkIns: checkIns, pairList: pairs, nudges: nudges), Now);

        // Cadence 14 days, DaysWithoutMeeting 21: quiet > 14 needs attention, > 21 at risk, > 42 stalled.
        Assert.Equal((1, 2, 1, 2, 1), (figures.PairsIn(HealthState.OnTrack), figures.PairsIn(HealthState.NeedsAttention), figures.PairsIn(HealthState.AtRisk), figures.PairsIn(HealthState.Stalled), figures.PairsIn(HealthState.Ended)));
        Assert.Equal(7, figures.PairsByHealth.Sum(h => h.Pairs));
        Assert.Equal(["e6~m6", "e5~m5", "e4~m4", "e3~m3", "e2~m2"], figures.AtRisk.Select(a => a.Pair.Id));
        Assert.Equal([100, 50, 30, 20, 17], figures.AtRisk.Select(a => a.QuietDays));
        Assert.Equal(5, figures.AtRiskCount);
        Assert.Equal([Dialogs.Domain.Nudges.NudgeKind.NoMeeting, Dialogs.Domain.Nudges.NudgeKind.Escalation], figures.AtRisk[0].Tried.Select(t => t.Kind));
        Assert.Empty(figures.AtRisk[1].Tried);
    }

    [Fact]
    public void TheAtRiskList_NamesAtMostTen_AndCountsTheRest()
    {
        var pairs = Enumerable.Range(1, 15).Select(i => Pair(i, acceptedAt: Now.AddDays(-50 - i))).ToList();

        var figures = DigestFigures.Of(Records(15, pairList: pairs), Now);

        Assert.Equal(15, figures.AtRiskCount);
        Assert.Equal(Enumerable.Range(6, 10).Reverse().Select(i => $"e{i}~m{i}"), figures.AtRisk.Select(a => a.Pair.Id));
    }

    [Fact]
    public void Waiting_ListsUnansweredOffers_AndMenteesWithoutAMentorWithWhy()
    {
        var pairs = new List<Pair> { Pair(1), Pair(2, PairStatus.Offered), Pair(3, PairStatus.Proposed), Pair(7, PairStatus.Declined) };
        var records = Records(7, pairList: pairs) with { };
        records = records with
        {
            Participants = [.. records.Participants.Select(p => p.UserObjectId switch
            {
                "e5" => p with { Status = ParticipantStatus.Paused },
                "e6" => p with { Status = ParticipantStatus.Left },
                _ => p,
            })],
        };

        var figures = DigestFigures.Of(records, Now);

        Assert.Equal([("e2~m2", Now.AddDays(-119))], figures.Offers.Select(o => (o.Pair.Id, o.Since)));
        Assert.Equal(
            [("e3", MenteeWait.LeadApproval, Now.AddDays(-120)), ("e2", MenteeWait.OfferOut, Now.AddDays(-119)), ("e4", MenteeWait.NextRound, Now.AddDays(-150)), ("e7", MenteeWait.NextRound, Now.AddDays(-10)), ("e5", MenteeWait.Paused, Now.AddDays(-150))],
            figures.Unmatched.Select(u => (u.Mentee.UserObjectId, u.Why, u.Since)));
    }

    [Fact]
    public void AMenteeWithoutAPair_WaitsForAMentorWithAPlace_WhenEveryMentorIsFull()
    {
        var records = Records(1, extraPeople: [Mentee(2), Mentor(3) with { Status = ParticipantStatus.Left }, Mentor(4) with { Status = ParticipantStatus.Paused }]);

        var figures = DigestFigures.Of(records, Now);

        Assert.Equal([("e2", MenteeWait.NoMentorFree)], figures.Unmatched.Select(u => (u.Mentee.UserObjectId, u.Why)));
    }

    [Fact]
    public void TheFigures_HoldNoAnswerRecord_SoNoFreeTextCanReachTheCard()
    {
        Type[] answers = [typeof(CheckIn), typeof(CheckInAnswer), typeof(Survey), typeof(SurveyAnswer)];
        var seen = new HashSet<Type>();
        var queue = new Queue<Type>([typeof(DigestFigures)]);
        while (queue.TryDequeue(out var type))
        {
            if (!seen.Add(type) || !type.Namespace!.StartsWith("MentorBot", StringComparison.Ordinal))
                continue;
            foreach (var property in type.GetProperties())
            {
                var propertyType = property.PropertyType;
                var element = propertyType.IsGenericType ? propertyType.GetGenericArguments()[0] : propertyType;
                Assert.DoesNotContain(element, answers);
                if (element.Namespace?.StartsWith("MentorBot", StringComparison.Ordinal) == true)
                    queue.Enqueue(element);
            }
        }

        Assert.Contains(typeof(AtRiskPair), seen);
    }
}
