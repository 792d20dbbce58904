using MentorBot.Dialogs.Domain.Matching;

namespace MentorBot.Tests.Domain.Matching;

public sealed class MatchTextTests
{
    [Theory]
    [InlineData("Data-Engineering", "data engineering")]
    [InlineData("  DATA   engineering ", "data engineering")]
    [InlineData("Gestion de projet / Qualité", "gestion de projet qualite")]
    [InlineData("C#", "c#")]
    [InlineData("C++ & Rust", "c++ rust")]
    [InlineData("", "")]
    public void Phrase_FoldsCaseAccentsAndPunctuation(string text, string expected) => Assert.Equal(expected, MatchText.Phrase(text));

    [Fact]
    public void Words_DropStopWordsAndPlurals_KeepingMeaningfulOnes()
    {
        Assert.Equal(["lead", "team", "leadership"], MatchText.Words("I want to lead teams and grow my leadership skills"));
        Assert.Equal(["business", "analysis", "focus"], MatchText.Words("Business analysis focus"));
        Assert.Equal(["gestion", "projet"], MatchText.Words("Améliorer ma gestion de projets"));
    }

    [Theory]
    [InlineData("fr-FR", "fr")]
    [InlineData("FR", "fr")]
    [InlineData("pt_BR", "pt")]
    [InlineData(" en ", "en")]
    public void Language_IsThePrimaryCode(string code, string expected) => Assert.Equal(expected, MatchText.Language(code));
}
