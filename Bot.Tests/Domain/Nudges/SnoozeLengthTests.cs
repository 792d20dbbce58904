using MentorBot.Dialogs.Domain.Nudges;
using MentorBot.Dialogs.Localization;

namespace MentorBot.Tests.Domain.Nudges;

/// <summary>What `snooze …` and `reporter …` accept, in either language, and the message for what they do not.</summary>
public sealed class SnoozeLengthTests
{
    [Theory]
    [InlineData(null, 7)]
    [InlineData("", 7)]
    [InlineData("3d", 3)]
    [InlineData("3 days", 3)]
    [InlineData("1 day", 1)]
    [InlineData("3j", 3)]
    [InlineData(" 3 jours. ", 3)]
    [InlineData("14", 14)]
    [InlineData("30d", 30)]
    [InlineData("a week", 7)]
    [InlineData("A Week", 7)]
    [InlineData("une semaine", 7)]
    [InlineData("2w", 14)]
    [InlineData("2 semaines", 14)]
    [InlineData("4 weeks", 28)]
    public void ALength_IsReadInDays(string? argument, int days)
    {
        Assert.Equal((days, null), SnoozeLength.Parse(argument));
    }

    [Theory]
    [InlineData("0d")]
    [InlineData("31 days")]
    [InlineData("5 weeks")]
    [InlineData("-3d")]
    [InlineData("3h")]
    [InlineData("tomorrow")]
    [InlineData("3.5d")]
    [InlineData("99999999999d")]
    [InlineData("trois jours")]
    public void AnythingElse_IsRefused_WithTheLimitsInTheMessage(string argument)
    {
        var (days, error) = SnoozeLength.Parse(argument);

        Assert.Equal(0, days);
        Assert.Equal(SnoozeLength.ErrorKey, error!.MessageKey);
        foreach (var language in Localizer.Languages)
        {
            var message = new Localizer(language).Format(error.MessageKey, error.Arguments);
            Assert.Contains("30", message, StringComparison.Ordinal);
        }
    }
}
