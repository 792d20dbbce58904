using MentorBot.Dialogs.Domain;
using MentorBot.Dialogs.Domain.CheckIns;
using MentorBot.Dialogs.Domain.Pairs;

namespace MentorBot.Tests.Domain.CheckIns;

public sealed class CheckInAnswerTests
{
    private static readonly CheckIn Sent = Sample.CheckIn(Sample.Mentee, Sample.Started.AddDays(14));

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(-3)]
    public void AnOutOfRangeUsefulness_IsRefused(int usefulness) =>
        Assert.Equal([new ValidationError("usefulness", "ErrorRating", 1, 5)], Errors(Sample.Answer(usefulness: usefulness)), Same);

    [Fact]
    public void AMeetingThatHappened_NeedsAUsefulnessRating_AndOneThatDidNot_DoesNot()
    {
        Assert.Equal(["ErrorCheckInUsefulnessRequired"], Keys(Sample.Answer(usefulness: null)));
        Assert.Empty(Keys(Sample.Answer(Met.NotYet)));
        Assert.Null(new CheckInAnswer(Met.Cancelled, 4, []).Normalised().Usefulness);
    }

    [Fact]
    public void AGoalTheCheckInDidNotAskAbout_IsRefused_AndSoIsAGoalAnsweredTwice()
    {
        var goal = Sent.Goals[0].Id;

        Assert.Equal(["ErrorCheckInUnknownGoal"], Keys(new CheckInAnswer(Met.NotYet, null, [new GoalAnswer(GoalRef.IdOf("Learn Rust"), GoalProgress.Some)])));
        Assert.Equal(["ErrorCheckInUnknownGoal"], Keys(new CheckInAnswer(Met.NotYet, null, [new GoalAnswer(goal, (GoalProgress)9)])));
        Assert.Equal(["ErrorCheckInGoalTwice"], Keys(new CheckInAnswer(Met.NotYet, null, [new GoalAnswer(goal, GoalProgress.Some), new GoalAnswer(goal, GoalProgress.ALot)])));
    }

    [Fact]
    public void ABlockerOverItsLimit_IsRefused_WithItsLength_ButTheLimitItselfIsAccepted()
    {
        var tooLong = new string('x', Limits.BlockerMax + 1);

        Assert.Equal([new ValidationError("blocker", "ErrorTextTooLong", Limits.BlockerMax + 1, Limits.BlockerMax)], Errors(Sample.Answer() with { Blocker = tooLong }), Same);
        Assert.Empty(Errors(Sample.Answer() with { Blocker = "  " + new string('x', Limits.BlockerMax) + "  " }));
    }

    [Fact]
    public void AFitAnswer_IsRefused_WhenTheCheckInDidNotAskIt()
    {
        Assert.Empty(Errors(Sample.Answer(fit: Fit.GoodFit)));
        Assert.Equal(["ErrorCheckInFitNotAsked"], Keys(Sample.Answer(fit: Fit.GoodFit), Sent with { AsksFit = false }));
    }

    [Fact]
    public void SharingABlocker_IsOffByDefault_AndMeaninglessWithoutOne()
    {
        Assert.False(Sample.Answer().ShareBlockerWithLead);
        Assert.False((Sample.Answer() with { Blocker = " ", ShareBlockerWithLead = true }).Normalised().ShareBlockerWithLead);
        Assert.True((Sample.Answer() with { Blocker = "No time", ShareBlockerWithLead = true }).Normalised().ShareBlockerWithLead);
    }

    [Fact]
    public void TheSameAnswerTwice_IsRecordedOnce_AndADifferentOneChangesIt()
    {
        var answer = Sample.Answer(about: Sent) with { Blocker = " No time " };
        var first = CheckInAnswering.Answer(Sample.Pair, Sent, [Sent], answer, Sent.SentAt.AddHours(1));
        Assert.Equal(AnswerResult.Recorded, first.Result);

        var again = CheckInAnswering.Answer(Sample.Pair, first.CheckIn, [first.CheckIn], answer with { Goals = [.. answer.Goals] }, Sent.SentAt.AddHours(2));
        var changed = CheckInAnswering.Answer(Sample.Pair, first.CheckIn, [first.CheckIn], answer with { Usefulness = 2 }, Sent.SentAt.AddHours(3));

        Assert.Equal((AnswerResult.AlreadyRecorded, Sent.SentAt.AddHours(1)), (again.Result, again.CheckIn.AnsweredAt!.Value));
        Assert.Equal((AnswerResult.Recorded, 2), (changed.Result, changed.CheckIn.Answer!.Usefulness!.Value));
    }

    [Fact]
    public void AnAnswerToAnOlderCheckIn_ChangesNothing_AndNamesTheCurrentOne()
    {
        var newer = Sample.CheckIn(Sample.Mentee, Sent.SentAt.AddDays(14));

        var outcome = CheckInAnswering.Answer(Sample.Pair, Sent, [Sent, newer], Sample.Answer(), newer.SentAt.AddHours(1));

        Assert.Equal((AnswerResult.Superseded, newer.Period), (outcome.Result, outcome.CheckIn.Period));
    }

    [Fact]
    public void AnAnswer_OnAPairThatEnded_OrAnInvalidOne_IsNotRecorded()
    {
        var ended = CheckInAnswering.Answer(Sample.Pair with { Status = PairStatus.Ended }, Sent, [Sent], Sample.Answer(), Sent.SentAt);
        var invalid = CheckInAnswering.Answer(Sample.Pair, Sent, [Sent], Sample.Answer(usefulness: 9), Sent.SentAt);

        Assert.Equal((AnswerResult.PairClosed, false), (ended.Result, ended.CheckIn.IsAnswered));
        Assert.Equal((AnswerResult.Invalid, false, "ErrorRating"), (invalid.Result, invalid.CheckIn.IsAnswered, invalid.Errors.Single().MessageKey));
    }

    [Fact]
    public void AGoalKeepsItsId_WhenReorderedOrRespaced_AndAReworedGoalIsANewOne()
    {
        Assert.Equal(GoalRef.IdOf("Learn SQL"), GoalRef.IdOf("  learn   sql "));
        Assert.NotEqual(GoalRef.IdOf("Learn SQL"), GoalRef.IdOf("Learn Postgres"));
        Assert.Equal(GoalRef.ListOf(["A goal", "B goal"]).Select(g => g.Id).Order(), GoalRef.ListOf(["B goal", "A goal"]).Select(g => g.Id).Order());
        Assert.Single(GoalRef.ListOf(["Learn SQL", "learn sql", " "]));
    }

    [Fact]
    public void TheFitQuestion_IsAskedFirst_AndAgainOnlyWhileStillDeciding()
    {
        var first = Sample.CheckIn(Sample.Mentee, Sample.Started.AddDays(14));
        var deciding = first.Answered(first.SentAt, fit: Fit.StillDeciding);
        var unanswered = first;

        Assert.True(FitQuestion.IsAsked([]));
        Assert.True(FitQuestion.IsAsked([deciding]));
        Assert.True(FitQuestion.IsAsked([unanswered]));
        Assert.False(FitQuestion.IsAsked([deciding, first.Answered(first.SentAt, fit: Fit.GoodFit)]));
        Assert.False(FitQuestion.IsAsked([first.Answered(first.SentAt, fit: Fit.NotAGoodFit)]));
    }

    private static IReadOnlyList<ValidationError> Errors(CheckInAnswer answer, CheckIn? checkIn = null) => [.. answer.Check(checkIn ?? Sent)];

    private static IReadOnlyList<string> Keys(CheckInAnswer answer, CheckIn? checkIn = null) => [.. Errors(answer, checkIn).Select(e => e.MessageKey)];

    private static bool Same(ValidationError a, ValidationError b) => a.Field == b.Field && a.MessageKey == b.MessageKey && a.Arguments.SequenceEqual(b.Arguments);
}
