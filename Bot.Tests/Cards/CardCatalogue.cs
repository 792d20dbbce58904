using System.Text.Json.Nodes;
using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Conversations;
using MentorBot.Dialogs.Conversations.Flows;
using MentorBot.Dialogs.Conversations.Onboarding;
using MentorBot.Dialogs.Domain.CheckIns;
using MentorBot.Dialogs.Domain.Matching;
using MentorBot.Dialogs.Domain.Matching.Circles;
using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Domain.Scheduling;
using MentorBot.Dialogs.Localization;
using MentorBot.Dialogs.Stores;

namespace MentorBot.Tests.Cards;

/// <summary>
/// Every card the bot can send, built by its real builder from sample data, in every language MentorBot
/// speaks: the card builders of MentorBot.Dialogs.Cards and the prompt of every onboarding step.
/// </summary>
public static class CardCatalogue
{
    private static Programme SampleProgramme(Func<string, string> u) => new()
    {
        Id = "p-1",
        Name = u("Data mentoring"),
        TenantId = "t",
        Leads = ["lead"],
        StartDate = new DateOnly(2027, 1, 4),
        EndDate = new DateOnly(2027, 6, 30),
        SkillsCatalogue = [u("Data engineering"), u("Public speaking")],
    };

    private static Participant SampleMentor(Func<string, string> u) => new()
    {
        TenantId = "t",
        UserObjectId = "u",
        ProgrammeId = "p-1",
        Role = Role.Mentor,
        Department = u("Data platform"),
        JobTitle = u("Principal engineer"),
        Seniority = Seniority.Lead,
        Goals = [u("Grow as a leader")],
        Skills = [u("Data engineering")],
        Languages = ["en", "fr"],
        WorkingHours = new WorkingHours(new TimeOnly(9, 0), new TimeOnly(17, 0), WorkingHours.WeekDays, "Europe/Paris"),
        Capacity = 2,
        Baseline = new SelfAssessment(3, 4, 4, 3),
        Status = ParticipantStatus.Paused,
        PausedUntil = new DateOnly(2027, 2, 1),
    };

    private static InvitationOutcome SampleInvitation(Func<string, string> u) => new(
        [u("ada@contoso.com")], [u("bob@contoso.com")], [u("carol@contoso.com")], [new RefusedAddress(u("nope"), "InviteRefusedInvalid")]);

    /// <summary>The builder types the catalogue covers; a test checks no builder is missing from this list.</summary>
    public static IReadOnlyList<Type> Builders { get; } =
    [
        typeof(WelcomeCard), typeof(HelpCard), typeof(ProfileCard), typeof(PauseCard), typeof(LeaveCard), typeof(DeleteMyDataCard),
        typeof(MyDataCard), typeof(ProgrammeFormCard), typeof(ProgrammeCard), typeof(ProgrammeCloseCard), typeof(NewProgrammeCard),
        typeof(InviteCard), typeof(InvitationCard), typeof(InviteReportCard),
        typeof(FindTimeCard), typeof(BookedMeetingCard), typeof(PairPickCard), typeof(CircleMeetingCard),
        typeof(CheckInCard), typeof(CheckInSummaryCard), typeof(FitConcernCard), typeof(GoalProgressCard),
        typeof(NudgeCard), typeof(CheckInReminderCard), typeof(EscalationCard), typeof(StayPauseLeaveCard), typeof(FadedCard), typeof(FadedLeadCard), typeof(SurveyCard), typeof(ContinuingCard),
        typeof(MatchPickCard), typeof(MatchApprovalCard), typeof(MentorOfferCard), typeof(MentorChoiceCard), typeof(IntroductionCard), typeof(CirclePreviewCard), typeof(CircleIntroductionCard),
        typeof(ExportCard), typeof(DigestCard), typeof(DigestPairCard), typeof(ReportCard),
    ];

    public static TheoryData<string, string> Names
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var (card, language) in All.Keys)
                data.Add(card, language);
            return data;
        }
    }

    public static IReadOnlyDictionary<(string Card, string Language), Func<JsonObject>> All { get; } = Catalogue(text => text);

    /// <summary>
    /// The same cards with <paramref name="userText"/> applied to every text a person typed or the directory gave (names,
    /// goals, skills, departments, job titles, programme names, addresses): for tests that feed cards hostile text.
    /// </summary>
    public static IReadOnlyDictionary<(string Card, string Language), Func<JsonObject>> Catalogue(Func<string, string> userText) =>
        Localizer.Languages.SelectMany(language => Cards(userText).Select(card =>
            (Key: (card.Name, language), Build: (Func<JsonObject>)(() => card.Build(new Localizer(language))))))
        .ToDictionary(c => c.Key, c => c.Build);

    public static JsonObject Build(string card, string language) => All[(card, language)]();

    private static IEnumerable<(string Name, Func<Localizer, JsonObject> Build)> Cards(Func<string, string> u)
    {
        yield return (nameof(WelcomeCard), WelcomeCard.Build);
        yield return (nameof(HelpCard), text => HelpCard.Build(text, BotCommands.All));
        yield return (nameof(ProfileCard), text => ProfileCard.Build(SampleMentor(u), SampleProgramme(u).Name, text));
        yield return (nameof(PauseCard), PauseCard.Build);
        yield return (nameof(LeaveCard), text => LeaveCard.Build([("p-1", u("Data mentoring")), ("p-2", u("Reverse mentoring"))], text));
        yield return (nameof(DeleteMyDataCard), DeleteMyDataCard.Build);
        yield return (nameof(MyDataCard), text => MyDataCard.Build([("DataCategoryProfile", [System.Text.Json.JsonSerializer.Serialize(new { goals = new[] { u("Grow") } })]), ("DataCategoryContact", [])], text));
        yield return (nameof(ProgrammeFormCard), text => ProgrammeFormCard.Build(SampleProgramme(u), "W/\"1\"", text));
        yield return (nameof(ProgrammeCard), text => ProgrammeCard.Build(SampleProgramme(u), [SampleMentor(u)], text));
        yield return (nameof(ProgrammeCloseCard), text => ProgrammeCloseCard.Build(SampleProgramme(u), "W/\"1\"", text));
        yield return (nameof(NewProgrammeCard), NewProgrammeCard.Build);
        yield return (nameof(InviteCard), text => InviteCard.Build(SampleProgramme(u), text));
        yield return (nameof(InvitationCard), text => InvitationCard.Build(SampleProgramme(u), u("Grace Hopper"), text));
        yield return (nameof(InviteReportCard), text => InviteReportCard.Build(SampleProgramme(u).Name, SampleInvitation(u), text));
        yield return (nameof(FindTimeCard), text => FindTimeCard.Build(SampleOffer(canBook: true, u), text));
        yield return (nameof(FindTimeCard) + ".Links", text => FindTimeCard.Build(SampleOffer(canBook: false, u) with { NoticeKey = "ScheduleSlotTaken" }, text));
        yield return (nameof(BookedMeetingCard) + ".Upcoming", text => BookedMeetingCard.Build(new BookedMeetingView(SampleSlot, "Europe/Paris", u("Sam Carter"), "https://teams.microsoft.com/l/meetup-join/19%3ameeting", null) { Upcoming = true, Movable = ("p-1", "mentee~mentor") }, text));
        yield return (nameof(FindTimeCard) + ".Move", text => FindTimeCard.Build(SampleOffer(canBook: true, u) with { Moving = new PairMeeting(SampleSlot.Start.AddDays(2), SampleSlot.End.AddDays(2), "event-1", null) }, text));
        yield return (nameof(BookedMeetingCard) + ".Moved", text => BookedMeetingCard.Build(new BookedMeetingView(SampleSlot, "Europe/Paris", u("Sam Carter"), "https://teams.microsoft.com/l/meetup-join/19%3ameeting", u("Sam Carter")) { Moved = true, Movable = ("p-1", "mentee~mentor") }, text));
        yield return (nameof(BookedMeetingCard), text => BookedMeetingCard.Build(new BookedMeetingView(SampleSlot, "Europe/Paris", u("Sam Carter"), "https://teams.microsoft.com/l/meetup-join/19%3ameeting", null), text));
        yield return (nameof(BookedMeetingCard) + ".NoTeamsLink", text => BookedMeetingCard.Build(new BookedMeetingView(SampleSlot, "America/New_York", u("Amélie Martin"), null, u("Amélie Martin")), text));
        yield return (nameof(CircleMeetingCard), text => CircleMeetingCard.Build(new CircleMeetingCard.View(u("Data mentoring"), 2, false, u("Maya Patel"), 3, 1, new Uri("https://teams.microsoft.com/l/meeting/new?subject=Circle%202")), text));
        yield return (nameof(CircleMeetingCard) + ".Facilitator", text => CircleMeetingCard.Build(new CircleMeetingCard.View(u("Data mentoring"), 2, true, null, 3, 0, new Uri("https://teams.microsoft.com/l/meeting/new?subject=Circle%202")), text));
        yield return (nameof(PairPickCard), text => PairPickCard.Build([("p-1", "m~a", u("Sam Carter (Data mentoring)")), ("p-2", "m~b", u("Ada (Reverse)"))], text));

        foreach (var card in MatchingCards(u))
            yield return card;

        foreach (var card in CheckInCards(u))
            yield return card;

        foreach (var card in NudgeCardSamples.Cards(u))
            yield return card;

        foreach (var card in SurveyCardSamples.Cards(u))
            yield return card;

        var export = new Uri("https://mentorbot.example.com/export/p-1/pairs.csv?lead=t/lead&exp=1800000000&sig=c2lnbmF0dXJl");
        yield return (nameof(ExportCard), text => ExportCard.Build(u("Data mentoring"), new(export, new Uri(export.AbsoluteUri.Replace("pairs.csv", "programme.csv", StringComparison.Ordinal)), DateTimeOffset.UnixEpoch, TimeSpan.FromMinutes(15)), 5, text));
        foreach (var card in DigestCardSamples.Cards(u))
            yield return card;

        // Each onboarding step's prompt, for both roles, stamped as the flow stamps it.
        var flow = new OnboardingFlow(null!, null!, TimeProvider.System);
        foreach (var role in Enum.GetValues<Role>())
        {
            foreach (var step in flow.Steps)
            {
                yield return ($"Onboarding.{step.Name}.{role}", text => FlowCards.Stamp(step.Prompt(SampleDraft(role, u), text), new FlowState { Instance = "i", Step = step.Name }));
            }
        }
    }

    private static readonly TimeRange SampleSlot = new(new DateTimeOffset(2027, 3, 16, 14, 0, 0, TimeSpan.Zero), new DateTimeOffset(2027, 3, 16, 15, 0, 0, TimeSpan.Zero));

    private static FindTimeView SampleOffer(bool canBook, Func<string, string> u) => new(
        "p-1", "mentee~mentor", u("Sam Carter"), "Europe/Paris", canBook ? "SchedulingModeCalendars" : "SchedulingModeConsentMissing", canBook,
        [new OfferedSlot(SampleSlot, canBook ? null : new Uri("https://teams.microsoft.com/l/meeting/new?subject=Mentoring")), new OfferedSlot(new TimeRange(SampleSlot.Start.AddDays(1), SampleSlot.End.AddDays(1)), null)]);

    // Matching: a proposal waiting and one decided, an open offer and an answered one, a choice, an introduction.
    private static IEnumerable<(string Name, Func<Localizer, JsonObject> Build)> MatchingCards(Func<string, string> u)
    {
        var mentee = SampleMentor(u) with { UserObjectId = "m", Role = Role.Mentee, DisplayName = u("Ada Lovelace"), Capacity = null, Status = ParticipantStatus.Active };
        var mentor = SampleMentor(u) with { DisplayName = u("Grace Hopper"), Status = ParticipantStatus.Active };
        var score = MatchScorer.Explain(SampleProgramme(u), mentee, mentor, SampleProgramme(u).StartDate);
        var pair = new Pair
        {
            Id = Pair.IdFor("m", "u"),
            ProgrammeId = SampleProgramme(u).Id,
            MenteeTenantId = "t",
            MenteeId = "m",
            MentorTenantId = "t",
            MentorId = "u",
            ScorePercent = score.Percent,
            Reasons = [.. score.Components.Select(c => c.Reason)],
            ProposedAt = new DateTimeOffset(2027, 1, 4, 9, 0, 0, TimeSpan.Zero),
        };
        var offered = pair with { Status = PairStatus.Offered, OfferedAt = pair.ProposedAt, AnswerBy = pair.ProposedAt.AddDays(3) };
        var since = pair.ProposedAt;
        yield return (nameof(MatchPickCard), text => MatchPickCard.Build([SampleProgramme(u), SampleProgramme(u) with { Id = "p-2", Name = u("Reverse mentoring") }], text));
        yield return (nameof(MatchApprovalCard), text => MatchApprovalCard.Build(
            SampleProgramme(u),
            new([new(pair, u("Ada Lovelace"), u("Grace Hopper")), new(pair with { Id = "m2~u" }, u("Alan Turing"), u("Grace Hopper")), new(offered with { Id = "m3~u" }, u("Edsger Dijkstra"), u("Grace Hopper"))], since, 4, 2),
            text));
        yield return ("MatchApprovalCard.Empty", text => MatchApprovalCard.Build(SampleProgramme(u), new([], since, 0, 0), text));
        yield return (nameof(MentorOfferCard), text => MentorOfferCard.Build(SampleProgramme(u), offered, mentee, text));
        yield return ("MentorOfferCard.Answered", text => MentorOfferCard.Build(SampleProgramme(u), offered with { Status = PairStatus.Active }, mentee, text));
        yield return (nameof(MentorChoiceCard), text => MentorChoiceCard.Build(SampleProgramme(u), [new(mentor, score), new(mentor with { UserObjectId = "u2", DisplayName = null }, score)], text));
        yield return (nameof(IntroductionCard), text => IntroductionCard.Build(SampleProgramme(u), offered with { Status = PairStatus.Active }, mentor, text));
        var circle = new Circle(1, [mentee, mentor], mentor, new MatchReason(MatchReasonKeys.FacilitatorVolunteer), 10);
        var circles = new CirclePlan([circle], 10);
        yield return (nameof(CirclePreviewCard), text => CirclePreviewCard.Build(SampleProgramme(u) with { Type = ProgrammeType.Circle }, new(circles, "0123abcd", 3), text));
        yield return ("CirclePreviewCard.Formed", text => CirclePreviewCard.Build(SampleProgramme(u) with { Type = ProgrammeType.Circle }, new(circles, "0123abcd", 0, Formed: true), text));
        yield return ("CirclePreviewCard.Empty", text => CirclePreviewCard.Build(SampleProgramme(u), new(new([], 0), "e", 0), text));
        yield return ("CirclePreviewCard.NoNewcomers", text => CirclePreviewCard.Build(SampleProgramme(u), new(new([], 0), "e", 4), text));
        yield return (nameof(CircleIntroductionCard), text => CircleIntroductionCard.Build(SampleProgramme(u), circle, mentee, text));
        yield return ("CircleIntroductionCard.ForTheFacilitator", text => CircleIntroductionCard.Build(SampleProgramme(u), circle, mentor, text));
        yield return ("IntroductionCard.ForTheMentor", text => IntroductionCard.Build(SampleProgramme(u), offered with { Status = PairStatus.Active }, mentee, text));
    }

    // Check-ins: the first (with the fit question, no meeting booked), one being changed, and the summaries.
    private static IEnumerable<(string Name, Func<Localizer, JsonObject> Build)> CheckInCards(Func<string, string> u)
    {
        var sent = new CheckIn
        {
            ProgrammeId = "p-1",
            PairId = "m~u",
            TenantId = "t",
            UserObjectId = "m",
            Role = Role.Mentee,
            Period = CheckInPeriod.Every(SampleSlot.End),
            SentAt = SampleSlot.End,
            Goals = GoalRef.ListOf([u("Speak at a conference"), u("Learn SQL")]),
            AsksFit = true,
        };
        var answered = sent.WithAnswer(new CheckInAnswer(Met.Yes, 4, [new GoalAnswer(sent.Goals[0].Id, GoalProgress.ALot)], u("No time this month"), true, Fit.StillDeciding, NextStep.FindATime), SampleSlot.End.AddHours(2));
        var first = new CheckInView(sent, u("Data mentoring"), u("Grace Hopper"), "Europe/Paris");
        yield return (nameof(CheckInCard), text => CheckInCard.Build(first, text));
        yield return ("CheckInCard.Changing", text => CheckInCard.Build(first with { CheckIn = answered with { AsksFit = false, Answer = answered.Answer! with { Fit = null } }, NextMeeting = SampleSlot, Notice = ("ErrorRating", [1, 5]) }, text));
        yield return (nameof(CheckInSummaryCard), text => CheckInSummaryCard.Build(first with { CheckIn = answered }, text));
        yield return ("CheckInSummaryCard.Superseded", text => CheckInSummaryCard.Build(first with { CheckIn = answered.WithAnswer(new CheckInAnswer(Met.Cancelled, null, []), SampleSlot.End), IsCurrent = false }, text));
        yield return ("CheckInSummaryCard.Unanswered", text => CheckInSummaryCard.Build(first, text));
        yield return ("CheckInCard.ThreeGoals", text => CheckInCard.Build(first with { CheckIn = sent with { Goals = GoalRef.ListOf([u("Speak at a conference"), u("Learn SQL"), u("Lead a project")]) } }, text));
        yield return (nameof(PairPickCard) + ".CheckIn", text => PairPickCard.Build([("p-1", "m~a", u("Sam Carter (Data mentoring)")), ("p-2", "m~b", u("Ada (Reverse)"))], text, CheckInCard.OpenVerb, "CheckInPickPair"));
        yield return (nameof(FitConcernCard), text => FitConcernCard.Build(new FitConcernCard.View("p-1", "m~u", text.Format("LeadFitConcern", Markdown.Literal(u("Ada Lovelace")), Markdown.Literal(u("Grace Hopper")), Markdown.Literal(u("Data mentoring")), text["RoleMentee"])), text));
        yield return ("FitConcernCard.Done", text => FitConcernCard.Build(new FitConcernCard.View("p-1", "m~u", text.Format("FitConcernPair", Markdown.Literal(u("Ada Lovelace")), Markdown.Literal(u("Grace Hopper")), Markdown.Literal(u("Data mentoring")))) { Outcome = text.Format("FitRematchOffered", Markdown.Literal(u("Ada Lovelace")), 3) }, text));
        var history = GoalHistory.Of([u("Speak at a conference"), u("Read more")], [answered, answered.WithAnswer(new CheckInAnswer(Met.Yes, 5, [new GoalAnswer(sent.Goals[0].Id, GoalProgress.Achieved), new GoalAnswer(sent.Goals[1].Id, GoalProgress.Some)]), SampleSlot.End.AddDays(14)) with { Period = "later" }]);
        yield return (nameof(GoalProgressCard), text => GoalProgressCard.Build(new GoalProgressCard.View("p-1", u("Data mentoring"), history, "Europe/Paris"), text));
        yield return ("GoalProgressCard.NoGoals", text => GoalProgressCard.Build(new GoalProgressCard.View("p-1", u("Data mentoring"), [], "Asia/Kolkata"), text));
    }

        private static OnboardingDraft SampleDraft(Role role, Func<string, string> u) => new()
    {
        Role = role,
        ProgrammeId = "p-1",
        ProgrammeOptions = [new ProgrammeOption("p-1", u("Data mentoring"), SampleProgramme(u).SkillsCatalogue), new ProgrammeOption("p-2", u("Reverse"), [])],
        Department = u("Data platform"),
        Seniority = Seniority.Experienced,
        Goals = [u("Grow")],
        Skills = [u("Data engineering"), u("Storytelling")],
        Languages = ["en"],
        TimeZone = "Europe/Paris",
        Capacity = role == Role.Mentor ? 2 : null,
        Baseline = new SelfAssessment(3, 3, 3, role == Role.Mentor ? 3 : null),
    };
}
