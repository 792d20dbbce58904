using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Stores;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace MentorBot.Tests.Conversations;

public sealed class OnboardingTests : IAsyncLifetime
{
    private readonly BotHarness _bot = new();
    private readonly TeamsUser _mentee = TeamsUser.Create("Ada Mentee");

    public async Task InitializeAsync() => await _bot.SeedProgrammeAsync("Data mentoring", "lead-1");

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Mentee_CompletesOnboarding_AndTheProfileIsStored()
    {
        var card = (await _bot.SendAsync(_mentee, null, new { verb = "join", role = "mentee" })).LastCard();
        Assert.Contains("seniority", card.InputIds());
        card = (await Submit(_mentee, card, new { department = "Data platform", jobTitle = "Analyst", seniority = "EarlyCareer" })).LastCard();
        Assert.Contains("goal1", card.InputIds());

        card = (await Submit(_mentee, card, new { goal1 = "Lead a data project", goal2 = "Speak at a conference" })).LastCard();
        Assert.Contains("otherSkills", card.InputIds());
        card = (await Submit(_mentee, card, new { skills = "Data engineering,Public speaking", otherSkills = "Negotiation, storytelling" })).LastCard();
        Assert.Contains("departmentPreference", card.InputIds());
        card = (await Submit(_mentee, card, new { departmentPreference = "Other", languages = "en,fr", cadence = "Weekly" })).LastCard();
        Assert.Contains("timeZone", card.InputIds());
        Assert.Equal("Europe/Paris", card.SelectToken("$..body[?(@.id == 'timeZone')].value")!.ToString());
        card = (await Submit(_mentee, card, new { workStart = "08:30", workEnd = "17:00", workDays = "Monday,Tuesday,Thursday", timeZone = "Europe/Paris" })).LastCard();
        Assert.Contains("rateSkills", card.InputIds());
        Assert.DoesNotContain("rateLeadership", card.InputIds());
        card = (await Submit(_mentee, card, new { rateSkills = "2", rateOpportunities = "3", rateSatisfaction = "4" })).LastCard();
        Assert.Contains("Lead a data project", card.ToString());

        var done = await Submit(_mentee, card);
        Assert.Contains("You're in!", done.Texts());

        var stored = Assert.Single(await Participants.ForUserAsync(BotHarness.Tenant, _mentee.ObjectId, default));
        Assert.Equal(Role.Mentee, stored.Role);
        Assert.Equal(["Lead a data project", "Speak at a conference"], stored.Goals);
        Assert.Equal(["Data engineering", "Public speaking", "Negotiation", "storytelling"], stored.Skills);
        Assert.Equal(DepartmentPreference.Other, stored.DepartmentPreference);
        Assert.Equal(("Data platform", "Analyst", Seniority.EarlyCareer), (stored.Department, stored.JobTitle, stored.Seniority));
        Assert.Equal(new SelfAssessment(2, 3, 4), stored.Baseline);
        Assert.Equal([DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Thursday], stored.WorkingHours!.Days);
        Assert.Equal(new TimeOnly(8, 30), stored.WorkingHours.Start);
    }

    [Fact]
    public async Task Mentor_IsAskedCapacityAndLeadershipConfidence()
    {
        var mentor = TeamsUser.Create("Grace Mentor");
        var card = (await Join(mentor, "mentor")).LastCard();
        card = (await Submit(mentor, card, new { goal1 = "Grow as a leader" })).LastCard();
        card = (await Submit(mentor, card, new { skills = "Data engineering" })).LastCard();
        card = (await Submit(mentor, card, new { departmentPreference = "NoPreference", languages = "en", cadence = "Monthly" })).LastCard();
        card = (await Submit(mentor, card, new { workStart = "09:00", workEnd = "18:00", workDays = "Monday,Friday", timeZone = "America/New_York" })).LastCard();
        Assert.Contains("capacity", card.InputIds());

        var refused = await Submit(mentor, card, new { capacity = "11" });
        Assert.Contains("from 1 to 10", refused.Texts());
        card = (await Submit(mentor, card, new { capacity = "3" })).LastCard();
        Assert.Contains("rateLeadership", card.InputIds());
        card = (await Submit(mentor, card, new { rateSkills = "4", rateOpportunities = "4", rateSatisfaction = "5", rateLeadership = "3" })).LastCard();
        await Submit(mentor, card);

        var stored = Assert.Single(await Participants.ForUserAsync(BotHarness.Tenant, mentor.ObjectId, default));
        Assert.Equal(3, stored.Capacity);
        Assert.Equal(3, stored.Baseline!.LeadershipConfidence);
    }

    [Fact]
    public async Task InvalidAnswer_IsExplained_AndTheStepIsAskedAgainLater()
    {
        var goals = (await Join(_mentee, "mentee")).LastCard();
        var refused = await Submit(_mentee, goals, new { goal1 = new string('x', 250) });
        Assert.Contains("250 characters long; the limit is 200", refused.Texts());
        Assert.DoesNotContain(refused, r => r.Card() is not null);

        // The same card, fixed, is still current.
        var next = (await Submit(_mentee, goals, new { goal1 = "Ship a real pipeline" })).LastCard();
        Assert.Contains("otherSkills", next.InputIds());
    }

    [Fact]
    public async Task CardFromAnEarlierStep_IsIgnored_AndStateIsUntouched()
    {
        var goals = (await Join(_mentee, "mentee")).LastCard();
        var skills = (await Submit(_mentee, goals, new { goal1 = "First goal" })).LastCard();

        var stale = await Submit(_mentee, goals, new { goal1 = "A sneaky overwrite" });
        Assert.Contains("earlier step", stale.Texts());
        Assert.Contains("otherSkills", stale.LastCard().InputIds());

        var profile = await FinishFrom(_mentee, skills);
        Assert.Equal(["First goal"], profile.Goals);
    }

    [Fact]
    public async Task TypedGoals_AreAccepted_OnePerLine()
    {
        await Join(_mentee, "mentee");
        var next = await _bot.SendAsync(_mentee, "Learn Kubernetes\nPause less, plan more");
        Assert.Contains("otherSkills", next.LastCard().InputIds());
    }

    [Fact]
    public async Task UserWhoStopsHalfway_ContinuesAfterARestart()
    {
        var goals = (await Join(_mentee, "mentee")).LastCard();
        var skills = (await Submit(_mentee, goals, new { goal1 = "Survive the restart" })).LastCard();

        await _bot.RestartAsync();

        var profile = await FinishFrom(_mentee, skills);
        Assert.Equal(["Survive the restart"], profile.Goals);
    }

    [Fact]
    public async Task Cancel_DropsTheDraft_AndRestart_BeginsAgain()
    {
        var goals = (await Join(_mentee, "mentee")).LastCard();
        await Submit(_mentee, goals, new { goal1 = "Something" });

        // Restart goes back to the first question, with the answers given so far forgotten.
        var restarted = await _bot.SendAsync(_mentee, "restart");
        Assert.Contains("seniority", restarted.LastCard().InputIds());
        Assert.Null(restarted.LastCard().SelectToken("$..body[?(@.id == 'seniority')].value"));

        Assert.Contains("Cancelled", (await _bot.SendAsync(_mentee, "cancel")).Texts());
        Assert.Contains("nothing to cancel", (await _bot.SendAsync(_mentee, "cancel")).Texts());
        Assert.Contains("already ended", (await Submit(_mentee, goals, new { goal1 = "late" })).Texts());
        Assert.Empty(await Participants.ForUserAsync(BotHarness.Tenant, _mentee.ObjectId, default));
    }

    [Fact]
    public async Task FrenchUser_IsOnboardedInFrench()
    {
        var amelie = TeamsUser.Create("Amélie", "fr-FR");
        var replies = await Join(amelie, "mentee");
        Assert.Contains("inscrivons-vous", replies.Texts());
        Assert.Equal("Vos objectifs", replies.LastCard().Heading());
        var refused = await Submit(amelie, replies.LastCard(), new { goal1 = "ab" });
        Assert.Contains("au moins 3 caractères", refused.Texts());
    }

    [Fact]
    public async Task Goals_CommandShowsTheGoals_AndItsEditButtonEditsOneGoal_KeepingTheRest()
    {
        var card = (await Join(_mentee, "mentee")).LastCard();
        await FinishFrom(_mentee, (await Submit(_mentee, card, new { goal1 = "Old goal", goal2 = "Second goal" })).LastCard());

        var progress = (await _bot.SendAsync(_mentee, "goals")).LastCard();
        Assert.Contains("Old goal", progress.ToString());
        var edit = (await Submit(_mentee, progress, new { })).LastCard();
        Assert.Equal("Old goal", edit.SelectToken("$..body[?(@.id == 'goal1')].value")!.ToString());
        var saved = await Submit(_mentee, edit, new { goal1 = "New goal", goal2 = "Second goal" });
        Assert.Contains("Saved", saved.Texts());

        var stored = Assert.Single(await Participants.ForUserAsync(BotHarness.Tenant, _mentee.ObjectId, default));
        Assert.Equal(["New goal", "Second goal"], stored.Goals);
        Assert.Equal(["Data engineering"], stored.Skills);
    }

    [Fact]
    public async Task ProgrammeClosedWhileAnswering_SavesNothing_AndSaysWhy()
    {
        var goals = (await Join(_mentee, "mentee")).LastCard();
        var skills = (await Submit(_mentee, goals, new { goal1 = "Too late" })).LastCard();
        var store = _bot.Services.GetRequiredService<ProgrammeStore>();
        var programme = (await store.ListAsync(default).ToListAsync()).Single();
        var (_, version) = (await store.GetVersionedAsync(programme.Id, default))!.Value;
        await store.SaveAsync(programme with { Status = ProgrammeStatus.Closed }, version, default);

        var card = (await Submit(_mentee, skills, new { skills = "Data engineering" })).LastCard();
        card = (await Submit(_mentee, card, new { departmentPreference = "Same", languages = "en", cadence = "Weekly" })).LastCard();
        card = (await Submit(_mentee, card, new { workStart = "09:00", workEnd = "17:00", workDays = "Monday", timeZone = "Europe/Paris" })).LastCard();
        card = (await Submit(_mentee, card, new { rateSkills = "3", rateOpportunities = "3", rateSatisfaction = "3" })).LastCard();
        var done = await Submit(_mentee, card);

        Assert.Contains("was closed while you were answering, so nothing was saved", done.Texts());
        Assert.Empty(await Participants.ForUserAsync(BotHarness.Tenant, _mentee.ObjectId, default));
    }

    [Fact]
    public async Task NoOpenProgramme_IsSaidPlainly()
    {
        await using var empty = new BotHarness();
        var replies = await empty.SendAsync(_mentee, null, new { verb = "join", role = "mentee" });
        Assert.Contains("no mentoring programme open", replies.Texts());
    }

    private ParticipantStore Participants => _bot.Services.GetRequiredService<ParticipantStore>();

    /// <summary>Joins and answers "about you", returning the replies that carry the goals card.</summary>
    private async Task<IReadOnlyList<Microsoft.Bot.Schema.Activity>> Join(TeamsUser user, string role)
    {
        var about = await _bot.SendAsync(user, null, new { verb = "join", role });
        if (!about.LastCard().InputIds().Contains("seniority"))
            return about;
        var next = await _bot.SendAsync(user, null, about.LastCard().Submit(new { department = "Data platform", jobTitle = "Analyst", seniority = "Experienced" }));
        return [.. about.Where(r => r.Card() is null), .. next];
    }

    private Task<IReadOnlyList<Microsoft.Bot.Schema.Activity>> Submit(TeamsUser user, JObject card, object? values = null) =>
        _bot.SendAsync(user, null, card.Submit(values));

    /// <summary>Answers every step from the skills card on with valid values.</summary>
    private async Task<Participant> FinishFrom(TeamsUser user, JObject skillsCard)
    {
        var card = (await Submit(user, skillsCard, new { skills = "Data engineering" })).LastCard();
        card = (await Submit(user, card, new { departmentPreference = "Same", languages = "en", cadence = "Fortnightly" })).LastCard();
        card = (await Submit(user, card, new { workStart = "09:00", workEnd = "17:00", workDays = "Monday", timeZone = "Europe/Paris" })).LastCard();
        card = (await Submit(user, card, new { rateSkills = "3", rateOpportunities = "3", rateSatisfaction = "3" })).LastCard();
        var done = await Submit(user, card);
        Assert.Contains(done, r => r.Text?.Contains("You're in!", StringComparison.Ordinal) == true || r.Text?.Contains("Saved", StringComparison.Ordinal) == true);
        return (await Participants.ForUserAsync(user.TenantId, user.ObjectId, default)).Single();
    }
}
