namespace MentorBot.Tests.Simulation;

/// <summary>This part: the mid and end feedback surveys and their one reminder, to the programme's end date.</summary>
public sealed partial class ThreeMonthProgrammeTests
{
    private ExpectedSurveys Surveys => run.Surveys;

    [Fact]
    public void TheRun_SendsExactlyTheExpectedSurveysAndReminders_AtTheExpectedRuns()
    {
        var sent = Simulation.Delivered("survey").Concat(Simulation.Delivered("surveyreminder")).Select(d => (d.Message.Key.Value, d.At)).OrderBy(d => d.Value, StringComparer.Ordinal).ToList();
        var expected = Surveys.All.Select(e => (e.Key, e.At)).OrderBy(e => e.Key, StringComparer.Ordinal).ToList();

        Assert.Equal(200, Surveys.All.Count(e => !e.IsReminder));
        Assert.True(Surveys.All.Count(e => e.IsReminder) >= 40, $"the silent pairs should be reminded, not {Surveys.All.Count(e => e.IsReminder)} times");
        Assert.Equal(expected, sent);
        Assert.Equal(0, Simulation.Messenger.Repeats);
    }

    [Fact]
    public async Task EverySurvey_IsRecordedOnce_RemindedOnlyWhenUnanswered_AndNoneIsLeftUnsent()
    {
        var stored = await Simulation.SurveysAsync();

        Assert.Equal(Surveys.All.Count(e => !e.IsReminder), stored.Count);
        Assert.DoesNotContain(stored, s => s.AwaitsSending);
        Assert.Equal(Surveys.All.Count(e => e.IsReminder), stored.Count(s => s.RemindedAt is not null));
        Assert.All(stored.Where(s => s.RemindedAt is not null), s => Assert.False(s.IsAnswered));
        Assert.All(stored, s => Assert.Equal(Simulation.Pairs.Single(p => p.Id == s.PairId).Answers, s.IsAnswered));
    }

    [Fact]
    public void EverySurveyAndReminder_ArrivesInsideWorkingHours_NeverWhilePaused_AndInItsWeek()
    {
        var people = Simulation.Pairs.SelectMany(p => new[] { (Pair: p, Person: p.Mentee), (Pair: p, Person: p.Mentor) }).ToDictionary(p => p.Person.UserObjectId);
        var deliveries = Simulation.Delivered("survey").Concat(Simulation.Delivered("surveyreminder")).ToList();
        Assert.NotEmpty(deliveries);
        foreach (var (message, at) in deliveries)
        {
            var (pair, person) = people[message.To.Address];
            Assert.True(ExpectedCheckIns.IsWorking(person, at), $"{message.Key} reached {person.UserObjectId} at {at:O}, outside their working hours");
            Assert.False(ExpectedCheckIns.IsPaused(pair, pair.Mentee, at) || ExpectedCheckIns.IsPaused(pair, pair.Mentor, at), $"{message.Key} at {at:O}, while paused");
            Assert.True(ExpectedSurveys.LocalDate(person, at) <= Simulation.Programme.EndDate, $"{message.Key} at {at:O}, after the end date");
            if (message.Key.Value.EndsWith(":mid", StringComparison.Ordinal))
                Assert.True(at < Surveys.LastWeekStarts(person), $"{message.Key} at {at:O}, in the last week");
            else
                Assert.True(at >= Surveys.LastWeekStarts(person), $"{message.Key} at {at:O}, before the last week");
        }
    }

    [Fact]
    public void APausedPairsMidSurvey_WaitsForThePauseToEnd()
    {
        foreach (var pair in Simulation.Pairs.Where(p => p.Behaviour == PairBehaviour.PausedPartWay))
        {
            var mid = Simulation.Delivered("survey").Where(d => d.Message.Key.Value.Contains(pair.Id + "|", StringComparison.Ordinal) && d.Message.Key.Value.EndsWith(":mid", StringComparison.Ordinal)).ToList();
            Assert.Equal(2, mid.Count);
            Assert.All(mid, d => Assert.True(d.At > pair.PauseSetAt.AddDays(27), $"{d.Message.Key} at {d.At:O}"));
        }
    }
}
