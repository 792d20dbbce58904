using MentorBot.Dialogs.Domain.Matching;
using MentorBot.Dialogs.Localization;

namespace MentorBot.Tests.Localization;

/// <summary>Match reasons read as sentences in the reader's language and number format.</summary>
public sealed class ReasonTextTests
{
    [Theory]
    [InlineData("en-US", "9.5 shared working hours a week")]
    [InlineData("fr-FR", "9,5")]
    public void Hours_AreFormattedInTheReadersCulture(string locale, string expected)
    {
        var sentence = ReasonText.Sentence(new MatchReason(MatchReasonKeys.SharedHours, 9.5), new Localizer(locale));

        Assert.Contains(expected, sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void SharedLanguages_AreNamedInTheirOwnLanguage()
    {
        var sentence = ReasonText.Sentence(new MatchReason(MatchReasonKeys.SharedLanguage, "en, fr"), new Localizer("en-US"));

        Assert.Equal("Language in common: English, Français", sentence);
    }
}
