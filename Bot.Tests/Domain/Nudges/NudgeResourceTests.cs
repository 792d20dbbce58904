using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Domain.Nudges;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Localization;

namespace MentorBot.Tests.Domain.Nudges;

/// <summary>Nudge words reach the lead through keys built from data (the code scan cannot see them): each is in both languages.</summary>
public sealed class NudgeResourceTests
{
    public static TheoryData<string> Languages => [.. Localizer.Languages];

    [Theory]
    [MemberData(nameof(Languages))]
    public void EveryAttempt_HasALine_AndEveryResponseHasWords(string language)
    {
        var text = new Localizer(language);
        var at = new DateTimeOffset(2027, 3, 1, 9, 0, 0, TimeSpan.Zero);

        Assert.All(Enum.GetValues<NudgeResponse>(), r => Assert.False(string.IsNullOrWhiteSpace(text.Of(r))));
        Assert.All(Enum.GetValues<NudgeKind>(), k => Assert.Contains(language == "fr" ? "1 mars" : "1 March", AttemptText.Line(new Attempt(k, Role.Mentor, at), "Etc/UTC", text), StringComparison.Ordinal));
        Assert.Contains(language == "fr" ? "8 mars" : "8 March", AttemptText.Line(new Attempt(null, Role.Mentee, at) { SnoozedUntil = at.AddDays(7) }, "Etc/UTC", text), StringComparison.Ordinal);
    }
}
