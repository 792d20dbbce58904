using System.Globalization;
using MentorBot.Dialogs.Conversations;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Localization;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MentorBot.Tests.EndToEnd;

/// <summary>
/// Issue 3's acceptance, end to end in the Playground: a lead creates a programme and invites two people by UPN; the
/// mentee and the mentor, different people at Playgrounds of their own in front of the same bot, start from their
/// invitation and complete onboarding including the baseline; the mentee edits a goal; a French user does the same
/// in French from the welcome card. Every step is typed and clicked in the rendered cards; every text comes from the
/// Localizer. Screenshots of the key moments go to artifacts/screenshots/journey-*.
/// </summary>
public sealed class OnboardingJourneyTests(OnboardingJourneyFixture organisation) : IClassFixture<OnboardingJourneyFixture>
{
    private const string Programme = "Data and speaking mentoring";

    private static readonly Localizer English = new("en-US");
    private static readonly Localizer French = new("fr-FR");

    // Three of the Playground's own cast, each at a Playground of their own; Amélie's Teams is in French.
    private static readonly PlaygroundUser Megan = new("user-id-1", "Megan Bowen", "00000000-0000-0000-0000-0000000000021");
    private static readonly PlaygroundUser Adele = new("user-id-2", "Adele Vance", "00000000-0000-0000-0000-0000000000022");
    private static readonly PlaygroundUser Amelie = new("user-id-6", "Amélie Laurent", "00000000-0000-0000-0000-0000000000026", "fr-FR");

    // Someone who never installed the app: the bot has no address for them.
    private const string Stranger = "nobody.yet@example.com";

    [Fact]
    public async Task Lead_CreatesAProgramme_AndInvitesTwoInstalledPeopleByUpn_AndOneUnknownIsReportedNotReachable()
    {
        Assert.Equal(Programme, await organisation.ProgrammeAsync(CreateProgrammeAndInviteAsLeadAsync));
    }

    [Fact]
    public async Task Mentee_CompletesOnboardingWithTheBaseline_ThenEditsAGoal_AndTheProfileShowsIt()
    {
        var programme = await organisation.ProgrammeAsync(CreateProgrammeAndInviteAsLeadAsync);
        var session = await organisation.KeepOpenAsync(Megan, "journey-mentee");
        await session.RunAsync(async chat =>
        {
            var t = English;
            await Expect((await chat.CardAsync(t.Format("InvitationTitle", programme))).Root).ToContainTextAsync(PlaygroundUser.Default.Name);
            await chat.ScreenshotAsync("journey-mentee-0-invitation");
            await JoinAsync(chat, t, t.Format("InvitationTitle", programme), "WelcomeJoinMentee", "OnboardIntroMentee");

            var goals = await chat.CardAsync(t["OnboardGoalsTitle"]);
            await goals.FillAsync(t.Format("OnboardGoalLabel", 1), "Lead a data project");
            await goals.FillAsync(t.Format("OnboardGoalLabel", 2), "Speak at a conference");
            await chat.ScreenshotAsync("journey-mentee-1-goals");
            await goals.SubmitAsync(t["Next"]);

            var skills = await chat.CardAsync(t["OnboardSkillsTitleMentee"]);
            await skills.CheckAsync("Data engineering");
            await skills.FillAsync(t["OnboardSkillsOther"], "Negotiation");
            await skills.SubmitAsync(t["Next"]);

            var preferences = await chat.CardAsync(t["OnboardPreferencesTitle"]);
            await preferences.ChooseAsync(t["OnboardDepartmentLabelMentee"], t.Of(DepartmentPreference.Other));
            await preferences.ToggleAsync(t["OnboardLanguagesLabel"], Localizer.LanguageName("fr", t.Culture));
            await Expect(preferences.Combobox(t["OnboardLanguagesLabel"])).ToHaveValueAsync($"{Localizer.LanguageName("en", t.Culture)}, {Localizer.LanguageName("fr", t.Culture)}");
            await preferences.ChooseAsync(t["OnboardCadenceLabel"], t.Of(Cadence.Weekly));
            await chat.ScreenshotAsync("journey-mentee-2-preferences");
            await preferences.SubmitAsync(t["Next"]);

            var hours = await chat.CardAsync(t["OnboardHoursTitle"]);
            await hours.ChooseAsync(t["OnboardHoursStart"], Clock(new TimeOnly(8, 30), t));
            await hours.ChooseAsync(t["OnboardHoursEnd"], Clock(new TimeOnly(16, 30), t));
            await hours.ToggleAsync(t["OnboardHoursDays"], t.Culture.DateTimeFormat.GetDayName(DayOfWeek.Friday));
            await hours.FillAsync(t["OnboardHoursTimeZone"], "Europe/London");
            await chat.ScreenshotAsync("journey-mentee-3-working-hours");
            await hours.SubmitAsync(t["Next"]);

            var baseline = await chat.CardAsync(t["OnboardBaselineTitle"]);
            await Expect(baseline.Combobox(t["AxisLeadership"])).ToHaveCountAsync(0);
            await RateAsync(baseline, t, ("AxisSkills", 2), ("AxisOpportunities", 3), ("AxisSatisfaction", 4));
            await chat.ScreenshotAsync("journey-mentee-4-baseline");
            await baseline.SubmitAsync(t["Next"]);

            var confirm = await chat.CardAsync(t["OnboardConfirmTitle"]);
            foreach (var fact in new[]
            {
                t["RoleMentee"], programme, "Lead a data project", "Speak at a conference", "Data engineering, Negotiation",
                t.Of(DepartmentPreference.Other), $"{Localizer.LanguageName("en", t.Culture)}, {Localizer.LanguageName("fr", t.Culture)}",
                t.Of(Cadence.Weekly), "(Europe/London)", t.Format("FactBaselineValue", 2, 3, 4),
            })
            {
                await Expect(confirm.Root).ToContainTextAsync(fact);
            }

            await chat.ScreenshotAsync("journey-mentee-5-confirm");
            await confirm.SubmitAsync(t["OnboardConfirmButton"]);
            await chat.ExpectMessageAsync(t.Format("OnboardDoneMentee", programme));
            await chat.ScreenshotAsync("journey-mentee-6-done");

            await EditFirstGoalAsync(chat, t, BotCommands.Goals.Name, BotCommands.Profile.Name, programme, "Lead a data project", "Lead the data platform migration", "Speak at a conference");
            await chat.ScreenshotAsync("journey-mentee-7-profile-after-goal-edit");
        });
    }

    [Fact]
    public async Task Mentor_CompletesOnboarding_WithCapacityAndLeadershipConfidence()
    {
        var programme = await organisation.ProgrammeAsync(CreateProgrammeAndInviteAsLeadAsync);
        var session = await organisation.KeepOpenAsync(Adele, "journey-mentor");
        await session.RunAsync(async chat =>
        {
            var t = English;
            await Expect((await chat.CardAsync(t.Format("InvitationTitle", programme))).Root).ToContainTextAsync(PlaygroundUser.Default.Name);
            await chat.ScreenshotAsync("journey-mentor-0-invitation");
            await JoinAsync(chat, t, t.Format("InvitationTitle", programme), "WelcomeJoinMentor", "OnboardIntroMentor");

            var goals = await chat.CardAsync(t["OnboardGoalsTitle"]);
            await Expect(goals.Root).ToContainTextAsync(t["OnboardGoalsIntroMentor"]);
            await goals.FillAsync(t.Format("OnboardGoalLabel", 1), "Grow as a leader");
            await goals.SubmitAsync(t["Next"]);

            var skills = await chat.CardAsync(t["OnboardSkillsTitleMentor"]);
            await skills.CheckAsync("Public speaking");
            await skills.CheckAsync("Data engineering");
            await skills.SubmitAsync(t["Next"]);

            // The defaults a mentor may simply accept: no department preference, English, every two weeks, 9 to 5.
            var preferences = await chat.CardAsync(t["OnboardPreferencesTitle"]);
            await Expect(preferences.Combobox(t["OnboardDepartmentLabelMentor"])).ToHaveValueAsync(t.Of(DepartmentPreference.NoPreference));
            await preferences.SubmitAsync(t["Next"]);
            var hours = await chat.CardAsync(t["OnboardHoursTitle"]);
            await Expect(hours.Combobox(t["OnboardHoursStart"])).ToHaveValueAsync(Clock(new TimeOnly(9, 0), t));
            await hours.FillAsync(t["OnboardHoursTimeZone"], "America/New_York");
            await hours.SubmitAsync(t["Next"]);

            var capacity = await chat.CardAsync(t["OnboardCapacityTitle"]);
            await capacity.SetNumberAsync(t.Format("OnboardCapacityLabel", 1, 10), 3);
            await chat.ScreenshotAsync("journey-mentor-1-capacity");
            await capacity.SubmitAsync(t["Next"]);

            var baseline = await chat.CardAsync(t["OnboardBaselineTitle"]);
            await RateAsync(baseline, t, ("AxisSkills", 4), ("AxisOpportunities", 4), ("AxisSatisfaction", 5), ("AxisLeadership", 3));
            await chat.ScreenshotAsync("journey-mentor-2-baseline-with-leadership");
            await baseline.SubmitAsync(t["Next"]);

            var confirm = await chat.CardAsync(t["OnboardConfirmTitle"]);
            foreach (var fact in new[]
            {
                // The card submits ticked options in the order they were ticked, and the profile keeps that order.
                t["RoleMentor"], programme, "Grow as a leader", "Public speaking, Data engineering", t["FactCapacity"],
                "(America/New_York)", t.Format("FactBaselineValue", 4, 4, 5) + t.Format("FactBaselineLeadership", 3),
            })
            {
                await Expect(confirm.Root).ToContainTextAsync(fact);
            }

            await chat.ScreenshotAsync("journey-mentor-3-confirm");
            await confirm.SubmitAsync(t["OnboardConfirmButton"]);
            await chat.ExpectMessageAsync(t.Format("OnboardDoneMentor", programme));

            await chat.SendAsync(BotCommands.Profile.Name);
            var profile = await chat.CardAsync(t.Format("ProfileTitle", programme));
            await Expect(profile.Button(t["EditCapacity"])).ToBeVisibleAsync();
            await Expect(profile.Root).ToContainTextAsync(t.Format("FactBaselineLeadership", 3));
            await chat.ScreenshotAsync("journey-mentor-4-profile");
        });
    }

    [Fact]
    public async Task FrenchUser_CompletesOnboardingInFrench_AndEditsAGoal()
    {
        var programme = await organisation.ProgrammeAsync(CreateProgrammeAndInviteAsLeadAsync);
        await using var session = await organisation.OpenAsync(Amelie, "journey-french");
        await session.RunAsync(async chat =>
        {
            var t = French;
            await JoinAsync(chat, t, t["WelcomeTitle"], "WelcomeJoinMentee", "OnboardIntroMentee");

            var goals = await chat.CardAsync(t["OnboardGoalsTitle"]);
            await goals.FillAsync(t.Format("OnboardGoalLabel", 1), "Piloter un projet de données");
            await goals.FillAsync(t.Format("OnboardGoalLabel", 2), "Prendre la parole en public");
            await goals.SubmitAsync(t["Next"]);

            var skills = await chat.CardAsync(t["OnboardSkillsTitleMentee"]);
            await Expect(skills.Root).ToContainTextAsync(t["OnboardSkillsCatalogue"]);
            await skills.CheckAsync("Public speaking");
            await skills.FillAsync(t["OnboardSkillsOther"], "Négociation");
            await skills.SubmitAsync(t["Next"]);

            // French is offered first to a French user; a French week starts on Monday.
            var preferences = await chat.CardAsync(t["OnboardPreferencesTitle"]);
            await Expect(preferences.Combobox(t["OnboardLanguagesLabel"])).ToHaveValueAsync(Localizer.LanguageName("fr", t.Culture));
            await preferences.ChooseAsync(t["OnboardCadenceLabel"], t.Of(Cadence.Monthly));
            await preferences.SubmitAsync(t["Next"]);

            var hours = await chat.CardAsync(t["OnboardHoursTitle"]);
            await hours.ChooseAsync(t["OnboardHoursStart"], Clock(new TimeOnly(8, 30), t));
            await hours.ChooseAsync(t["OnboardHoursEnd"], Clock(new TimeOnly(17, 30), t));
            await hours.FillAsync(t["OnboardHoursTimeZone"], "Europe/Paris");
            await chat.ScreenshotAsync("journey-french-1-working-hours");
            await hours.SubmitAsync(t["Next"]);

            var baseline = await chat.CardAsync(t["OnboardBaselineTitle"]);
            await RateAsync(baseline, t, ("AxisSkills", 3), ("AxisOpportunities", 2), ("AxisSatisfaction", 4));
            await chat.ScreenshotAsync("journey-french-2-baseline");
            await baseline.SubmitAsync(t["Next"]);

            var confirm = await chat.CardAsync(t["OnboardConfirmTitle"]);
            foreach (var fact in new[] { t["RoleMentee"], programme, "Prendre la parole en public", "Public speaking, Négociation", t.Of(Cadence.Monthly), t.Format("FactBaselineValue", 3, 2, 4) })
                await Expect(confirm.Root).ToContainTextAsync(fact);
            await chat.ScreenshotAsync("journey-french-3-confirm");
            await confirm.SubmitAsync(t["OnboardConfirmButton"]);
            await chat.ExpectMessageAsync(t.Format("OnboardDoneMentee", programme));

            await EditFirstGoalAsync(chat, t, BotCommands.Goals.FrenchName, BotCommands.Profile.FrenchName, programme, "Piloter un projet de données", "Piloter la migration de la plateforme de données", "Prendre la parole en public");
            await chat.ScreenshotAsync("journey-french-4-profile-after-goal-edit");
        });
    }

    /// <summary>
    /// The lead's journey: `new programme`, the form card filled and saved, `programmes` lists it, and its "Invite
    /// people" button invites the mentee and the mentor by UPN (the userPrincipleName of their Playground's
    /// configuration, which the Playground answers Teams' GetMember with), plus someone who has not installed the app.
    /// The two have installed it before (their Playgrounds opened, greeted, and asked Teams for their address), or the
    /// bot could not know their addresses.
    /// </summary>
    private async Task<string> CreateProgrammeAndInviteAsLeadAsync()
    {
        var t = English;
        await Task.WhenAll(InstallAsync(Megan, "journey-mentee"), InstallAsync(Adele, "journey-mentor"));

        await using var session = await organisation.OpenAsync(PlaygroundUser.Default, "journey-lead");
        await session.RunAsync(async chat =>
        {
            // The greeting first, so the install turn and this one do not race on screen.
            await chat.CardAsync(t["WelcomeTitle"]);
            await chat.SendAsync(BotCommands.NewProgramme.Name);

            var form = await chat.CardAsync(t["ProgrammeNewTitle"]);
            await form.FillAsync(t["ProgrammeName"], Programme);
            await form.FillAsync(t["ProgrammeSkills"], "Data engineering\nPublic speaking");

            // The end date from the calendar, the start date as offered (today): both must reach the bot as dates.
            var start = DateOnly.FromDateTime(DateTime.UtcNow);
            var end = new DateOnly(start.AddMonths(6).Year, start.AddMonths(6).Month, 1);
            await form.PickDayAsync(t["ProgrammeEnd"], end, t.Culture);
            await Expect(form.Combobox(t["ProgrammeEnd"])).ToHaveValueAsync(end.ToString("MMMM d, yyyy", t.Culture));
            await chat.ScreenshotAsync("journey-lead-1-programme-form");
            await form.SubmitAsync(t["ProgrammeSave"]);
            await chat.ExpectMessageAsync(t.Format("ProgrammeCreated", Programme));
            await chat.ScreenshotAsync("journey-lead-2-created");

            await chat.SendAsync(BotCommands.Programmes.Name);
            var card = await chat.CardAsync(Programme);
            foreach (var fact in new[] { t.Of(ProgrammeType.OneToOne), $"{start.ToString("d", t.Culture)} – {end.ToString("d", t.Culture)}", t.Of(ProgrammeStatus.Open), t.Of(MatchingMode.LeadApproves) })
                await Expect(card.Root).ToContainTextAsync(fact);
            foreach (var button in new[] { "ProgrammeEditButton", "ProgrammeInviteButton", "ProgrammeCloseButton" })
                await Expect(card.Button(t[button])).ToBeVisibleAsync();
            await chat.ScreenshotAsync("journey-lead-3-programmes");

            await card.SubmitAsync(t["ProgrammeInviteButton"]);
            var invite = await chat.CardAsync(t.Format("InviteTitle", Programme));
            await invite.FillAsync(t["InviteAddressesLabel"], $"{Megan.PrincipalName}\n{Adele.PrincipalName}\n{Stranger}");
            await chat.ScreenshotAsync("journey-lead-4-invite");
            await invite.SubmitAsync(t["InviteSend"]);

            var report = await chat.CardAsync(t.Format("InviteReportTitle", Programme));
            foreach (var fact in new[] { t.Format("InviteReportInvited", 2), Megan.PrincipalName, Adele.PrincipalName, t.Format("InviteReportNotReachable", 1), Stranger, t["InviteReportInstallHint"] })
                await Expect(report.Root).ToContainTextAsync(fact);
            await chat.ScreenshotAsync("journey-lead-5-invite-report");
        });
        return Programme;
    }

    /// <summary>
    /// Opens <paramref name="user"/>'s Playground, which installs the app: the welcome card, then the bot asks Teams
    /// for the member's details (the Playground logs "getConversationMember 200") and keeps the address.
    /// </summary>
    private async Task InstallAsync(PlaygroundUser user, string name)
    {
        var session = await organisation.KeepOpenAsync(user, name);
        await session.RunAsync(async chat =>
        {
            await chat.CardAsync(English["WelcomeTitle"]);
            await Expect(chat.LogEntry("getConversationMember 200")).ToBeVisibleAsync();
        });
    }

    /// <summary>
    /// A join button on the card headed <paramref name="card"/> (the welcome card, or an invitation) starts
    /// onboarding, whose first card asks about the person (the embedded directory knows nothing, so nothing is pre-filled).
    /// </summary>
    private static async Task JoinAsync(PlaygroundChat chat, Localizer t, string card, string joinButton, string intro)
    {
        var offer = await chat.CardAsync(card);
        await offer.SubmitAsync(t[joinButton]);
        await chat.ExpectMessageAsync(t[intro]);

        var about = await chat.CardAsync(t["OnboardAboutTitle"]);
        await about.FillAsync(t["OnboardDepartmentLabel"], "Data platform");
        await about.FillAsync(t["OnboardJobTitleLabel"], joinButton == "WelcomeJoinMentor" ? "Principal engineer" : "Analyst");
        await about.SelectAsync(t.Of(joinButton == "WelcomeJoinMentor" ? Seniority.Lead : Seniority.EarlyCareer));
        await about.SubmitAsync(t["Next"]);
    }

    private static async Task RateAsync(PlaygroundCard baseline, Localizer t, params (string Axis, int Rating)[] ratings)
    {
        foreach (var (axis, rating) in ratings)
            await baseline.ChooseAsync(t[axis], t.Format($"Rating{rating}", rating));
    }

    /// <summary>`goals` shows the goals; Edit goals asks them again, pre-filled; goal 1 is rewritten; `profile` then shows it.</summary>
    private static async Task EditFirstGoalAsync(PlaygroundChat chat, Localizer t, string goalsCommand, string profileCommand, string programme, string oldGoal, string newGoal, string keptGoal)
    {
        await chat.SendAsync(goalsCommand);
        var goals = await chat.CardAsync(t.Format("GoalProgressTitle", programme));
        await Expect(goals.Root).ToContainTextAsync(oldGoal);
        await goals.SubmitAsync(t["EditGoals"]);
        var edit = await chat.CardAsync(t["OnboardGoalsTitle"], occurrence: 2);
        var goal1 = edit.Textbox(t.Format("OnboardGoalLabel", 1));
        await Expect(goal1).ToHaveValueAsync(oldGoal);
        await Expect(edit.Textbox(t.Format("OnboardGoalLabel", 2))).ToHaveValueAsync(keptGoal);
        await edit.FillAsync(t.Format("OnboardGoalLabel", 1), newGoal);
        await edit.SubmitAsync(t["Next"]);
        await chat.ExpectMessageAsync(t["ProfileSaved"]);

        await chat.SendAsync(profileCommand);
        var profile = await chat.CardAsync(t.Format("ProfileTitle", programme));
        await Expect(profile.Root).ToContainTextAsync(newGoal);
        await Expect(profile.Root).ToContainTextAsync(keptGoal);
        await Expect(profile.Root).Not.ToContainTextAsync(oldGoal);
        await Expect(profile.Button(t["EditGoals"])).ToBeVisibleAsync();
    }

    // How the browser's time picker names a time: 8:30 AM in US English, 8:30 in French.
    private static string Clock(TimeOnly time, Localizer t) =>
        time.ToString(t.Language == "fr" ? "H:mm" : "h:mm tt", CultureInfo.InvariantCulture);
}
