using MentorBot.Tests.Integration.Erasure;

namespace MentorBot.Tests.Integration;

/// <summary>
/// What the bot logs while a person lives through it (installing, onboarding with their goal, being matched, a check-in
/// with a blocker, a snooze, a survey with free text, messages delivered and deferred, then `delete my data`), captured
/// at every level from Debug up, across every category (ours, the SDK's, ASP.NET Core's, Hangfire's): no line holds
/// their name, address, goal or anything they typed, and no line is unbounded.
/// </summary>
public sealed class LogHygieneTests
{
    /// <summary>Generous for a message and its formatted values; a line longer than this is a body being dumped.</summary>
    private const int MaxMessageLength = 2_000;

    [Fact]
    public async Task AWholeStay_LeavesNoPersonalDataInAnyLogLine_AndEveryLineIsBounded()
    {
        await using var journey = await ErasureJourney.StartAsync();
        await journey.LiveAsync();
        await journey.DeleteMyDataAsync();

        var entries = journey.App.Logs.Entries;
        Assert.NotEmpty(entries);
        string[] personal = [ErasureJourney.Name, ErasureJourney.Upn, ErasureJourney.Goal, "Zephyrine", "quillfeather"];
        var leaks = entries
            .SelectMany(e => personal.Where(p => $"{e.Message}\n{e.Exception}".Contains(p, StringComparison.OrdinalIgnoreCase)).Select(p => $"[{e.Category}] holds '{p}': {e.Message}"))
            .ToList();
        Assert.True(leaks.Count == 0, string.Join("\n", leaks));
        var long_ = entries.Where(e => e.Message.Length > MaxMessageLength).Select(e => $"[{e.Category}] {e.Message.Length} characters: {e.Message[..200]}…").ToList();
        Assert.True(long_.Count == 0, string.Join("\n", long_));
    }
}
