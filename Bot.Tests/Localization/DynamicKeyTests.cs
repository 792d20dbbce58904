using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Conversations.Onboarding;
using MentorBot.Dialogs.Conversations.Scheduling;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Domain.Scheduling;
using MentorBot.Dialogs.Localization;

namespace MentorBot.Tests.Localization;

/// <summary>Keys the code builds from values (enums, scale points, profile parts) exist in every language.</summary>
public sealed class DynamicKeyTests
{
    public static TheoryData<string> Languages => [.. Localizer.Languages];

    [Theory]
    [MemberData(nameof(Languages))]
    public void EveryValueOfEveryLocalisedEnum_HasWords(string language)
    {
        var text = new Localizer(language);
        AssertAll<DepartmentPreference>(text);
        AssertAll<Seniority>(text);
        AssertAll<Cadence>(text);
        AssertAll<ProgrammeType>(text);
        AssertAll<MatchingMode>(text);
        AssertAll<DigestFrequency>(text);
        AssertAll<ProgrammeStatus>(text);
        AssertAll<MeetingLength>(text);
        AssertAll<SchedulingMode>(text);
        AssertAll<MentorBot.Dialogs.Domain.Pairs.PairStatus>(text);
        AssertAll<MentorBot.Dialogs.Domain.Surveys.CycleChoice>(text);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void EveryScalePoint_AndEveryEditablePart_HasWords(string language)
    {
        var text = new Localizer(language);
        Assert.All(BaselineStep.RatingKeys, key => Assert.Contains("{0}", text[key], StringComparison.Ordinal));
        Assert.All(ProfileCard.EditableParts(Role.Mentor), part => Assert.NotEmpty(text[ProfileCard.EditKey(part)]));
    }

    private static void AssertAll<T>(Localizer text)
        where T : struct, Enum =>
        Assert.All(Enum.GetValues<T>(), value => Assert.False(string.IsNullOrWhiteSpace(text.Of(value))));
}
