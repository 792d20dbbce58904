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
    private static readonly Programme SampleProgramme = new()
    {
        Id = "p-1",
        Name = "Data mentoring",
        TenantId = "t",
        Leads = ["lead"],
        StartDate = new DateOnly(2027, 1, 4),
        EndDate = new DateOnly(2027, 6, 30),
        SkillsCatalogue = ["Data engineering", "Public speaking"],
    };

    private static readonly Participant SampleMentor = new()
    {
        TenantId = "t",
        UserObjectId = "u",
        ProgrammeId = "p-1",
        Role = Role.Mentor,
        Department = "Data platform",
        JobTitle = "Principal engineer",
        Seniority = Seniority.Lead,
        Goals = ["Grow as a leader"],
        Skills = ["Data engineering"],
        Languages = ["en", "fr"],
        WorkingHours = new WorkingHours(new TimeOnly(9, 0), new TimeOnly(17, 0), WorkingHours.WeekDays, "Europe/Paris"),
        Capacity = 2,
        Baseline = new SelfAssessment(3, 4, 4, 3),
        Status = ParticipantStatus.Paused,
        PausedUntil = new DateOnly(2027, 2, 1),
    };

    private static readonly InvitationOutcome SampleInvitation = new(
        ["ada@contoso.com"], ["bob@contoso.com"], ["carol@contoso.com"], [new RefusedAddress("nope", "InviteRefusedInvalid")]);

    /// <summary>The builder types the catalogue covers; a test checks no builder is missing from this list.</summary>
    public static IReadOnlyList<Type> Builders { get; } =
    [
        typeof(WelcomeCard), typeof(HelpCard), typeof(ProfileCard), typeof(PauseCard), typeof(LeaveCard), typeof(DeleteMyDataCard),
        typeof(MyDataCard), typeof(ProgrammeFormCard), typeof(ProgrammeCard), typeof(ProgrammeCloseCard), typeof(NewProgrammeCard),
        typeof(InviteCard), typeof(InvitationCard), typeof(InviteReportCard),
        typeof(FindTimeCard), typeof(BookedMeetingCard), typeof(PairPickCard), typeof(CircleMeetingCard),
        typeof(CheckInCard), typeof(CheckInSummaryCard),
        typeof(MatchPickCard), typeof(MatchApprovalCard), typeof(MentorOfferCard), typeof(MentorChoiceCard), typeof(IntroductionCard), typeof(CirclePreviewCard), typeof(CircleIntroductionCard),
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

    public static IReadOnlyDictionary<(string Card, string Language), Func<JsonObject>> All { get; } =
        Localizer.Languages.SelectMany(language => Cards().Select(card =>
            (Key: (card.Name, language), Build: (Func<JsonObject>)(() => card.Build(new Localizer(language))))))
        .ToDictionary(c => c.Key, c => c.Build);

    public static JsonObject Build(string card, string language) => All[(card, language)]();

    private static IEnumerable<(string Name, Func<Localizer, JsonObject> Build)> Cards()
    {
        yield return (nameof(WelcomeCard), WelcomeCard.Build);
        yield return (nameof(HelpCard), text => HelpCard.Build(text, BotCommands.All));
        yield return (nameof(ProfileCard), text => ProfileCard.Build(SampleMentor, SampleProgramme.Name, text));
        yield return (nameof(PauseCard), PauseCard.Build);
        yield return (nameof(LeaveCard), text => LeaveCard.Build([("p-1", "Data mentoring"), ("p-2", "Reverse mentoring")], text));
        yield return (nameof(DeleteMyDataCard), DeleteMyDataCard.Build);
        yield return (nameof(MyDataCard), text => MyDataCard.Build([("DataCategoryProfile", ["{\"goals\":[\"Grow\"]}"]), ("DataCategoryContact", [])], text));
        yield return (nameof(ProgrammeFormCard), text => ProgrammeFormCard.Build(SampleProgramme, "W/\"1\"", text));
        yield return (nameof(ProgrammeCard), text => ProgrammeCard.Build(SampleProgramme, [SampleMentor], text));
        yield return (nameof(ProgrammeCloseCard), text => ProgrammeCloseCard.Build(SampleProgramme, "W/\"1\"", text));
        yield return (nameof(NewProgrammeCard), NewProgrammeCard.Build);
        yield return (nameof(InviteCard), text => InviteCard.Build(SampleProgramme, text));
        yield return (nameof(InvitationCard), text => InvitationCard.Build(SampleProgramme, "Grace Hopper", text));
        yield return (nameof(InviteReportCard), text => InviteReportCard.Build(SampleProgramme.Name, SampleInvitation, text));
        yield return (nameof(FindTimeCard), text => FindTimeCard.Build(SampleOffer(canBook: true), text));
        yield return (nameof(FindTimeCard) + ".Links", text => FindTimeCard.Build(SampleOffer(canBook: false) with { NoticeKey = "ScheduleSlotTaken" }, text));
        yield return (nameof(BookedMeetingCard) + ".Upcoming", text => BookedMeetingCard.Build(new BookedMeetingView(SampleSlot, "Europe/Paris", "Sam Carter", "https://teams.microsoft.com/l/meetup-join/19%3ameeting", null) { Upcoming = true, Movable = ("p-1", "mentee~mentor") }, text));
        yield return (nameof(FindTimeCard) + ".Move", text => FindTimeCard.Build(SampleOffer(canBook: true) with { Moving = new PairMeeting(SampleSlot.Start.AddDays(2), SampleSlot.End.AddDays(2), "event-1", null) }, text));
        yield return (nameof(BookedMeetingCard) + ".Moved", text => BookedMeetingCard.Build(new BookedMeetingView(SampleSlot, "Europe/Paris", "Sam Carter", "https://teams.microsoft.com/l/meetup-join/19%3ameeting", "Sam Carter") { Moved = true, Movable = ("p-1", "mentee~mentor") }, text));
        yield return (nameof(BookedMeetingCard), text => BookedMeetingCard.Build(new BookedMeetingView(SampleSlot, "Europe/Paris", "Sam Carter", "https://teams.microsoft.com/l/meetup-join/19%3ameeting", null), text));
        yield return (nameof(BookedMeetingCard) + ".NoTeamsLink", text => BookedMeetingCard.Build(new BookedMeetingView(SampleSlot, "America/New_York", "Amélie Martin", null, "Amélie Martin"), text));
        yield return (nameof(CircleMeetingCard), text => CircleMeetingCard.Build(new CircleMeetingCard.View("Data mentoring", 2, false, "Maya Patel", 3, 1, new Uri("https://teams.microsoft.com/l/meeting/new?subject=Circle%202")), text));
        yield return (nameof(CircleMeetingCard) + ".Facilitator", text => CircleMeetingCard.Build(new CircleMeetingCard.View("Data mentoring", 2, true, null, 3, 0, new Uri("https://teams.microsoft.com/l/meeting/new?subject=Circle%202")), text));
        yield return (nameof(PairPickCard), text => PairPickCard.Build([("p-1", "m~a", "Sam Carter (Data mentoring)"), ("p-2", "m~b", "Ada (Reverse)")], text));

        foreach (var card in MatchingCards())
            yield return card;

        foreach (var card in CheckInCards())
            yield return card;

        // Each onboarding step's prompt, for both roles, stamped as the flow stamps it.
        var flow = new OnboardingFlow(null!, null!, TimeProvider.System);
        foreach (var role in Enum.GetValues<Role>())
        {
            foreach (var step in flow.Steps)
            {
                yield return ($"Onboarding.{step.Name}.{role}", text => FlowCards.Stamp(step.Prompt(SampleDraft(role), text), new FlowState { Instance = "i", Step = step.Name }));
            }
        }
    }

    private static readonly TimeRange SampleSlot = new(new DateTimeOffset(2027, 3, 16, 14, 0, 0, TimeSpan.Zero), new DateTimeOffset(2027, 3, 16, 15, 0, 0, TimeSpan.Zero));

    private static FindTimeView SampleOffer(bool canBook) => new(
        "p-1", "mentee~mentor", "Sam Carter", "Europe/Paris", canBook ? "SchedulingModeCalendars" : "SchedulingModeConsentMissing", canBook,
        [new OfferedSlot(SampleSlot, canBook ? null : new Uri("https://teams.microsoft.com/l/meeting/new?subject=Mentoring")), new OfferedSlot(new TimeRange(SampleSlot.Start.AddDays(1), SampleSlot.End.AddDays(1)), null)]);

    // Matching: a proposal waiting and one decided, an open offer and an answered one, a choice, an introduction.
    private static IEnumerable<(string Name, Func<Localizer, JsonObject> Build)> MatchingCards()
    {
        var mentee = SampleMentor with { UserObjectId = "m", Role = Role.Mentee, DisplayName = "Ada Lovelace", Capacity = null, Status = ParticipantStatus.Active };
        var mentor = SampleMentor with { DisplayName = "Grace Hopper", Status = ParticipantStatus.Active };
        var score = MatchScorer.Explain(SampleProgramme, mentee, mentor, SampleProgramme.StartDate);
        var pair = new Pair
        {
            Id = Pair.IdFor("m", "u"),
            ProgrammeId = SampleProgramme.Id,
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
        yield return (nameof(MatchPickCard), text => MatchPickCard.Build([SampleProgramme, SampleProgramme with { Id = "p-2", Name = "Reverse mentoring" }], text));
        yield return (nameof(MatchApprovalCard), text => MatchApprovalCard.Build(
            SampleProgramme,
            new([new(pair, "Ada Lovelace", "Grace Hopper"), new(pair with { Id = "m2~u" }, "Alan Turing", "Grace Hopper"), new(offered with { Id = "m3~u" }, "Edsger Dijkstra", "Grace Hopper")], since, 4, 2),
            text));
        yield return ("MatchApprovalCard.Empty", text => MatchApprovalCard.Build(SampleProgramme, new([], since, 0, 0), text));
        yield return (nameof(MentorOfferCard), text => MentorOfferCard.Build(SampleProgramme, offered, mentee, text));
        yield return ("MentorOfferCard.Answered", text => MentorOfferCard.Build(SampleProgramme, offered with { Status = PairStatus.Active }, mentee, text));
        yield return (nameof(MentorChoiceCard), text => MentorChoiceCard.Build(SampleProgramme, [new(mentor, score), new(mentor with { UserObjectId = "u2", DisplayName = null }, score)], text));
        yield return (nameof(IntroductionCard), text => IntroductionCard.Build(SampleProgramme, offered with { Status = PairStatus.Active }, mentor, text));
        var circle = new Circle(1, [mentee, mentor], mentor, new MatchReason(MatchReasonKeys.FacilitatorVolunteer), 10);
        var circles = new CirclePlan([circle], 10);
        yield return (nameof(CirclePreviewCard), text => CirclePreviewCard.Build(SampleProgramme with { Type = ProgrammeType.Circle }, new(circles, "0123abcd", 3), text));
        yield return ("CirclePreviewCard.Formed", text => CirclePreviewCard.Build(SampleProgramme with { Type = ProgrammeType.Circle }, new(circles, "0123abcd", 0, Formed: true), text));
        yield return ("CirclePreviewCard.Empty", text => CirclePreviewCard.Build(SampleProgramme, new(new([], 0), "e", 0), text));
        yield return ("CirclePreviewCard.NoNewcomers", text => CirclePreviewCard.Build(SampleProgramme, new(new([], 0), "e", 4), text));
        yield return (nameof(CircleIntroductionCard), text => CircleIntroductionCard.Build(SampleProgramme, circle, mentee, text));
        yield return ("CircleIntroductionCard.ForTheFacilitator", text => CircleIntroductionCard.Build(SampleProgramme, circle, mentor, text));
        yield return ("IntroductionCard.ForTheMentor", text => IntroductionCard.Build(SampleProgramme, offered with { Status = PairStatus.Active }, mentee, text));
    }

    // Check-ins: the first (with the fit question, no meeting booked), one being changed, and the summaries.
    private static IEnumerable<(string Name, Func<Localizer, JsonObject> Build)> CheckInCards()
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
            Goals = GoalRef.ListOf(["Speak at a conference", "Learn SQL"]),
            AsksFit = true,
        };
        var answered = sent.WithAnswer(new CheckInAnswer(Met.Yes, 4, [new GoalAnswer(sent.Goals[0].Id, GoalProgress.ALot)], "No time this month", true, Fit.StillDeciding, NextStep.FindATime), SampleSlot.End.AddHours(2));
        var first = new CheckInView(sent, "Data mentoring", "Grace Hopper", "Europe/Paris");
        yield return (nameof(CheckInCard), text => CheckInCard.Build(first, text));
        yield return ("CheckInCard.Changing", text => CheckInCard.Build(first with { CheckIn = answered with { AsksFit = false, Answer = answered.Answer! with { Fit = null } }, NextMeeting = SampleSlot, Notice = ("ErrorRating", [1, 5]) }, text));
        yield return (nameof(CheckInSummaryCard), text => CheckInSummaryCard.Build(first with { CheckIn = answered }, text));
        yield return ("CheckInSummaryCard.Superseded", text => CheckInSummaryCard.Build(first with { CheckIn = answered.WithAnswer(new CheckInAnswer(Met.Cancelled, null, []), SampleSlot.End), IsCurrent = false }, text));
        yield return ("CheckInSummaryCard.Unanswered", text => CheckInSummaryCard.Build(first, text));
    }

    private static OnboardingDraft SampleDraft(Role role) => new()
    {
        Role = role,
        ProgrammeId = "p-1",
        ProgrammeOptions = [new ProgrammeOption("p-1", "Data mentoring", SampleProgramme.SkillsCatalogue), new ProgrammeOption("p-2", "Reverse", [])],
        Department = "Data platform",
        Seniority = Seniority.Experienced,
        Goals = ["Grow"],
        Skills = ["Data engineering", "Storytelling"],
        Languages = ["en"],
        TimeZone = "Europe/Paris",
        Capacity = role == Role.Mentor ? 2 : null,
        Baseline = new SelfAssessment(3, 3, 3, role == Role.Mentor ? 3 : null),
    };
}
