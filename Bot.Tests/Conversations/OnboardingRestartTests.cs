using MentorBot.Dialogs.Stores;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace MentorBot.Tests.Conversations;

/// <summary>
/// `restart` in the middle of onboarding, found in the Playground: with a single programme open (so the programme
/// step is never asked) a restart used to forget the programme, hide the skills catalogue and fail at Confirm.
/// </summary>
public sealed class OnboardingRestartTests : IAsyncLifetime
{
    private readonly BotHarness _bot = new();
    private readonly TeamsUser _mentee = TeamsUser.Create("Ada Mentee");
    private string _programmeId = string.Empty;

    public async Task InitializeAsync() => _programmeId = (await _bot.SeedProgrammeAsync("Data mentoring", "lead-1")).Id;

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Restart_WithOneProgrammeOpen_KeepsTheProgramme_SoOnboardingCanBeConfirmed()
    {
        var about = (await _bot.SendAsync(_mentee, null, new { verb = "join", role = "mentee" })).LastCard();
        var goals = await Next(about, new { department = "Data", seniority = "Experienced" });
        await _bot.SendAsync(_mentee, null, goals.Submit(new { goal1 = "Before the restart" }));

        var restarted = (await _bot.SendAsync(_mentee, "restart")).LastCard();
        Assert.Contains("seniority", restarted.InputIds());
        goals = await Next(restarted, new { department = "Data", seniority = "Experienced" });
        var skills = (await _bot.SendAsync(_mentee, null, goals.Submit(new { goal1 = "After the restart" }))).LastCard();

        // The catalogue is offered again: the draft still knows its programme.
        Assert.Contains("skills", skills.InputIds());
        var card = await Next(skills, new { skills = "Data engineering" });
        card = await Next(card, new { departmentPreference = "NoPreference", languages = "en", cadence = "Fortnightly" });
        card = await Next(card, new { workStart = "09:00", workEnd = "17:00", workDays = "Monday", timeZone = "Europe/Paris" });
        card = await Next(card, new { rateSkills = "3", rateOpportunities = "3", rateSatisfaction = "3" });
        Assert.Contains("Data mentoring", card.ToString());

        var done = await _bot.SendAsync(_mentee, null, card.Submit());
        Assert.Contains("You're in! You have joined Data mentoring", done.Texts());
        var stored = Assert.Single(await _bot.Services.GetRequiredService<ParticipantStore>().ForUserAsync(BotHarness.Tenant, _mentee.ObjectId, default));
        Assert.Equal(_programmeId, stored.ProgrammeId);
        Assert.Equal(["After the restart"], stored.Goals);
    }

    private async Task<JObject> Next(JObject card, object values) => (await _bot.SendAsync(_mentee, null, card.Submit(values))).LastCard();
}
