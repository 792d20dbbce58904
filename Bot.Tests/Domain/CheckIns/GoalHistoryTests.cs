using MentorBot.Dialogs.Domain.CheckIns;

namespace MentorBot.Tests.Domain.CheckIns;

public sealed class GoalHistoryTests
{
    [Fact]
    public void EachGoal_HasItsProgressInAnswerOrder_CurrentGoalsFirst_ThenGoalsNoLongerHeld()
    {
        var person = Sample.Mentee with { Goals = ["Speak at a conference", "Learn SQL"] };
        var first = Sample.CheckIn(person, Sample.Started.AddDays(14)).Answered(Sample.Started.AddDays(15), progress: GoalProgress.Some);
        var second = Sample.CheckIn(person, Sample.Started.AddDays(28)).Answered(Sample.Started.AddDays(29), progress: GoalProgress.Achieved);
        var unanswered = Sample.CheckIn(person, Sample.Started.AddDays(42));

        // Since then the person reworded one goal and added another.
        var history = GoalHistory.Of(["  learn sql", "Mentor a junior", "Give a talk"], [second, unanswered, first]);

        Assert.Equal(["learn sql", "Mentor a junior", "Give a talk", "Speak at a conference"], history.Select(g => g.Goal.Text));
        Assert.Equal([true, true, true, false], history.Select(g => g.IsCurrent));
        Assert.Equal([GoalProgress.Some, GoalProgress.Achieved], history[0].Points.Select(p => p.Progress));
        Assert.Equal([first.Period, second.Period], history[0].Points.Select(p => p.Period));
        Assert.Equal((GoalProgress.Achieved, true), (history[0].Latest!.Value, history[0].Achieved));
        Assert.Equal((null, false), (history[1].Latest, history[1].Achieved));
        Assert.Equal(2, history[3].Points.Count);
    }

    [Fact]
    public void NoCheckIns_GiveTheCurrentGoalsWithoutPoints()
    {
        var history = GoalHistory.Of(["Learn SQL"], []);

        Assert.Equal((GoalRef.IdOf("Learn SQL"), 0), (history.Single().Goal.Id, history.Single().Points.Count));
    }
}
