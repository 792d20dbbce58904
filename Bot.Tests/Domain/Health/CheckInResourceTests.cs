using MentorBot.Dialogs.Domain.CheckIns;
using MentorBot.Dialogs.Domain.Health;
using MentorBot.Dialogs.Localization;

namespace MentorBot.Tests.Domain.Health;

/// <summary>
/// Health reasons and the check-in enums reach the user as keys built from data (the code scan cannot see them):
/// each is in both languages, and a reason's message fills every value health gives it.
/// </summary>
public sealed class CheckInResourceTests
{
    public static TheoryData<string> Languages => [.. Localizer.Languages];

    [Theory]
    [MemberData(nameof(Languages))]
    public void EveryHealthReason_HasWords_ForTheValuesHealthGivesIt(string language)
    {
        var text = new Localizer(language);
        var samples = new Dictionary<string, object[]>
        {
            [HealthReasonKeys.NoMeetingYet] = [20, 14],
            [HealthReasonKeys.NoMeetingFor] = [20, 14],
            [HealthReasonKeys.Unanswered] = ["Mentor", 2],
            [HealthReasonKeys.LowUsefulness] = [2.3, 3],
            [HealthReasonKeys.NotAGoodFit] = ["Mentor"],
            [HealthReasonKeys.StillDeciding] = ["Mentor", 2],
            [HealthReasonKeys.NoGoalProgress] = ["Mentor", 3],
            [HealthReasonKeys.Paused] = ["Mentor"],
            [HealthReasonKeys.Left] = ["Mentor"],
        };

        Assert.Equal(HealthReasonKeys.All.Order(), samples.Keys.Order());
        Assert.All(samples, s => Assert.All(s.Value, v => Assert.Contains(Convert.ToString(v, text.Culture)!, text.Format(s.Key, s.Value), StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void EveryValueOfTheCheckInAndHealthEnums_HasWords(string language)
    {
        var text = new Localizer(language);
        AssertAll<Met>(text);
        AssertAll<GoalProgress>(text);
        AssertAll<Fit>(text);
        AssertAll<NextStep>(text);
        AssertAll<HealthState>(text);
    }

    private static void AssertAll<T>(Localizer text)
        where T : struct, Enum =>
        Assert.All(Enum.GetValues<T>(), value => Assert.False(string.IsNullOrWhiteSpace(text.Of(value))));
}
