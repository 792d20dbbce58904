using MentorBot.Dialogs.Abstractions.Storage;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Stores;
using MentorBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace MentorBot.Tests.Conversations;

public sealed class PrivacyAndMembershipTests : IAsyncLifetime
{
    private readonly BotHarness _bot = new();
    private readonly TeamsUser _user = TeamsUser.Create("Lin Mentee");

    public async Task InitializeAsync()
    {
        await _bot.SeedProgrammeAsync("Data mentoring", "lead-1");
        await OnboardingScript.CompleteAsync(_bot, _user, "mentee", "My private goal");
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task MyData_ShowsTheProfileAndHowWeReachTheUser()
    {
        var card = (await _bot.SendAsync(_user, "my data")).LastCard().ToString();
        Assert.Contains("My private goal", card);
        Assert.Contains("Your profiles", card);
        Assert.Contains("How MentorBot reaches you", card);
    }

    [Fact]
    public async Task DeleteMyData_AfterConfirmation_LeavesNoEntityKeyedByOrHoldingTheUser()
    {
        var confirm = (await _bot.SendAsync(_user, "delete my data")).LastCard();
        Assert.NotEmpty(await EntitiesMentioning(_user.ObjectId));

        var done = await _bot.SendAsync(_user, null, confirm.Submit());
        Assert.Contains("erased", done.Texts());
        Assert.Empty(await EntitiesMentioning(_user.ObjectId));
        Assert.Empty(await EntitiesMentioning(_user.Id));

        // Writing again stores only how to reply (as the confirmation says); the profile stays gone.
        var after = (await _bot.SendAsync(_user, "my data")).LastCard().ToString();
        Assert.DoesNotContain("My private goal", after);
        Assert.DoesNotContain("Your profiles", after);
    }

    [Fact]
    public async Task Pause_WithADate_PausesEveryMembership_AndResumeEndsIt()
    {
        var until = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30);
        var paused = await _bot.SendAsync(_user, "pause " + until.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("Paused until", paused.Texts());
        var stored = Assert.Single(await Participants.ForUserAsync(_user.TenantId, _user.ObjectId, default));
        Assert.Equal((ParticipantStatus.Paused, until), (stored.Status, stored.PausedUntil!.Value));

        Assert.Contains("Welcome back", (await _bot.SendAsync(_user, "resume")).Texts());
        Assert.Equal(ParticipantStatus.Active, (await Participants.ForUserAsync(_user.TenantId, _user.ObjectId, default)).Single().Status);
        Assert.Contains("not paused", (await _bot.SendAsync(_user, "resume")).Texts());
    }

    [Theory]
    [InlineData("pause yesterday", "Please give a date")]
    [InlineData("pause 2001-01-01", "must end after today")]
    [InlineData("pause 2999-01-01", "within 365 days")]
    public async Task Pause_WithABadDate_SaysWhy_AndChangesNothing(string command, string expected)
    {
        Assert.Contains(expected, (await _bot.SendAsync(_user, command)).Texts());
        Assert.Equal(ParticipantStatus.Active, (await Participants.ForUserAsync(_user.TenantId, _user.ObjectId, default)).Single().Status);
    }

    [Fact]
    public async Task FrenchUser_PausesWithAFrenchDate()
    {
        var amelie = TeamsUser.Create("Amélie", "fr-FR");
        await OnboardingScript.CompleteAsync(_bot, amelie, "mentee", "Objectif");
        var until = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(10);
        var replies = await _bot.SendAsync(amelie, "pause " + until.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("En pause jusqu", replies.Texts());
    }

    [Fact]
    public async Task Leave_TakesTheConfirmationButton_AndAStaleButtonChangesNothing()
    {
        var card = (await _bot.SendAsync(_user, "leave")).LastCard();
        Assert.Equal(ParticipantStatus.Active, (await Participants.ForUserAsync(_user.TenantId, _user.ObjectId, default)).Single().Status);

        Assert.Contains("You have left", (await _bot.SendAsync(_user, null, card.Submit())).Texts());
        Assert.Equal(ParticipantStatus.Left, (await Participants.ForUserAsync(_user.TenantId, _user.ObjectId, default)).Single().Status);
        Assert.Contains("out of date", (await _bot.SendAsync(_user, null, card.Submit())).Texts());
    }

    [Fact]
    public async Task Profile_ShowsEverything_AndItsEditButtonsWork()
    {
        var profile = (await _bot.SendAsync(_user, "profile")).LastCard();
        Assert.Contains("My private goal", profile.ToString());
        var editSkills = profile.Submit(action: 2);
        Assert.Equal("skills", editSkills["part"]!.ToString());

        var skillsCard = (await _bot.SendAsync(_user, null, editSkills)).LastCard();
        await _bot.SendAsync(_user, null, skillsCard.Submit(new { otherSkills = "Rust" }));
        Assert.Equal(["Data engineering", "Rust"], (await Participants.ForUserAsync(_user.TenantId, _user.ObjectId, default)).Single().Skills);
    }

    [Fact]
    public async Task ForgedEditButton_ForAnotherPart_IsRefused()
    {
        var profile = (await _bot.SendAsync(_user, "profile")).LastCard();
        var forged = profile.Submit(action: 0);
        forged["part"] = "capacity";
        Assert.Contains("out of date", (await _bot.SendAsync(_user, null, forged)).Texts());
    }

    private ParticipantStore Participants => _bot.Services.GetRequiredService<ParticipantStore>();

    private Task<List<string>> EntitiesMentioning(string id) =>
        StoreInspection.EntitiesMentioningAsync(_bot.Services.GetRequiredService<IEntityStore>(), id);
}
