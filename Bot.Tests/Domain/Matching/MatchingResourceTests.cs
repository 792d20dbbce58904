using MentorBot.Dialogs.Domain.Matching;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Tests.Infrastructure;
using MentorBot.Tests.Localization;

namespace MentorBot.Tests.Domain.Matching;

/// <summary>
/// Matching returns resource keys as data (the code scan of ResourceTests cannot see them): each must be in both
/// languages, with the placeholders its arguments fill.
/// </summary>
public sealed class MatchingResourceTests
{
    private static readonly IReadOnlyDictionary<string, string> English = ResxFile.Read(RepositoryRoot.Combine("Bot.Dialogs", "Resources", "Strings.resx"));
    private static readonly IReadOnlyDictionary<string, string> French = ResxFile.Read(RepositoryRoot.Combine("Bot.Dialogs", "Resources", "Strings.fr.resx"));

    public static TheoryData<string> Keys => [.. MatchReasonKeys.All, "ErrorMatchingWeightsAllZero"];

    [Theory]
    [MemberData(nameof(Keys))]
    public void EveryMatchingKey_IsInBothLanguages(string key)
    {
        Assert.True(English.ContainsKey(key), $"'{key}' is missing from Strings.resx");
        Assert.True(French.ContainsKey(key), $"'{key}' is missing from Strings.fr.resx");
    }

    [Fact]
    public void TheKeysAnExplanationUses_AreAllListed()
    {
        var mentee = People.Mentee();
        var reasons = new[]
        {
            People.Explain(mentee, People.Mentor()),
            People.Explain(mentee with { Languages = ["de"], Seniority = null, WorkingHours = null, DepartmentPreference = Dialogs.Domain.Participants.DepartmentPreference.Same }, People.Mentor() with { Skills = ["Sales"] }),
        }.SelectMany(s => s.Components.Select(c => c.Reason).Append(s.Exclusion)).OfType<MatchReason>();

        Assert.All(reasons, r => Assert.Contains(r.MessageKey, MatchReasonKeys.All));
    }

    [Fact]
    public void SharedHours_HasTheHoursPlaceholder_InBothLanguages()
    {
        Assert.Contains("{0}", English[MatchReasonKeys.SharedHours], StringComparison.Ordinal);
        Assert.Contains("{0}", French[MatchReasonKeys.SharedHours], StringComparison.Ordinal);
    }
}
