using System.Globalization;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Stores;
using MentorBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace MentorBot.Tests.Conversations;

/// <summary>A profile edit changes the part it asked and nothing else: not the pause, not a leave that happened meanwhile.</summary>
public sealed class ProfileEditTests : IAsyncLifetime
{
    private const int EditGoalsButton = 1;

    private readonly BotHarness _bot = new();
    private readonly TeamsUser _user = TeamsUser.Create("Lin Mentee");

    public async Task InitializeAsync()
    {
        await _bot.SeedProgrammeAsync("Data mentoring", "lead-1");
        await OnboardingScript.CompleteAsync(_bot, _user, "mentee", "My first goal");
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task EditingAGoal_WhilePaused_KeepsThePause()
    {
        var until = await PauseAsync();

        var goals = await StartGoalsEditAsync();
        Assert.Contains("Saved", (await _bot.SendAsync(_user, null, goals.Submit(new { goal1 = "A better goal" }))).Texts());

        var stored = await StoredAsync();
        Assert.Equal(["A better goal"], stored.Goals);
        Assert.Equal((ParticipantStatus.Paused, until), (stored.Status, stored.PausedUntil));
    }

    [Fact]
    public async Task EditBegunBeforeAPause_FinishedAfterIt_KeepsThePause()
    {
        var goals = await StartGoalsEditAsync();
        var until = await PauseAsync();

        await _bot.SendAsync(_user, null, goals.Submit(new { goal1 = "A better goal" }));

        var stored = await StoredAsync();
        Assert.Equal(["A better goal"], stored.Goals);
        Assert.Equal((ParticipantStatus.Paused, until), (stored.Status, stored.PausedUntil));
    }

    [Fact]
    public async Task EditBegunBeforeLeaving_FinishedAfterIt_SaysSo_AndDoesNotRejoin()
    {
        var goals = await StartGoalsEditAsync();
        var leave = (await _bot.SendAsync(_user, "leave")).LastCard();
        Assert.Contains("You have left", (await _bot.SendAsync(_user, null, leave.Submit())).Texts());

        var replies = await _bot.SendAsync(_user, null, goals.Submit(new { goal1 = "A better goal" }));

        Assert.Contains("You left this programme while editing", replies.Texts());
        var stored = await StoredAsync();
        Assert.Equal(ParticipantStatus.Left, stored.Status);
        Assert.Equal(["My first goal"], stored.Goals);
    }

    private async Task<DateOnly> PauseAsync()
    {
        var until = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30);
        // The pause card, not `pause <date>`: inside the edit, typed text is the goal being edited.
        var card = (await _bot.SendAsync(_user, "pause")).LastCard();
        var paused = await _bot.SendAsync(_user, null, card.Submit(new { until = until.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }));
        Assert.Contains("Paused until", paused.Texts());
        return until;
    }

    private async Task<JObject> StartGoalsEditAsync()
    {
        var profile = (await _bot.SendAsync(_user, "profile")).LastCard();
        var editGoals = profile.Submit(action: EditGoalsButton);
        Assert.Equal("goals", editGoals["part"]!.ToString());
        return (await _bot.SendAsync(_user, null, editGoals)).LastCard();
    }

    private async Task<Participant> StoredAsync() =>
        Assert.Single(await Participants.ForUserAsync(_user.TenantId, _user.ObjectId, default));

    private ParticipantStore Participants => _bot.Services.GetRequiredService<ParticipantStore>();
}
