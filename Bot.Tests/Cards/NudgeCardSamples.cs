using System.Text.Json.Nodes;
using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Domain.CheckIns;
using MentorBot.Dialogs.Domain.Health;
using MentorBot.Dialogs.Domain.Nudges;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Localization;

namespace MentorBot.Tests.Cards;

/// <summary>The nudge cards of the <see cref="CardCatalogue"/>: each card in each of its states, with <c>u</c> applied to what people typed.</summary>
internal static class NudgeCardSamples
{
    private static readonly DateTimeOffset Sent = new(2027, 3, 1, 9, 0, 0, TimeSpan.Zero);

    public static IEnumerable<(string Name, Func<Localizer, JsonObject> Build)> Cards(Func<string, string> u)
    {
        var nudge = Nudge(NudgeKind.NoMeeting, Role.Mentee);
        var quiet = new NudgeView(nudge, u("Data mentoring"), u("Grace Hopper"), 23, HaveMet: true, "Europe/Paris");
        yield return (nameof(NudgeCard), text => NudgeCard.Build(quiet, text));
        yield return ("NudgeCard.NotMetYet", text => NudgeCard.Build(quiet with { HaveMet = false }, text));
        yield return ("NudgeCard.Snoozed", text => NudgeCard.Build(quiet with { SnoozedUntil = Sent.AddDays(7) }, text));

        var checkIn = new CheckIn
        {
            ProgrammeId = "p-1",
            PairId = "m~u",
            TenantId = "t",
            UserObjectId = "m",
            Role = Role.Mentee,
            Period = CheckInPeriod.Every(Sent.AddDays(-6)),
            SentAt = Sent.AddDays(-6),
            Goals = GoalRef.ListOf([u("Speak at a conference")]),
        };
        yield return (nameof(CheckInReminderCard), text => CheckInReminderCard.Build(new CheckInView(checkIn, u("Data mentoring"), u("Grace Hopper"), "Europe/Paris"), text));

        var escalation = new EscalationView("p-1", "m~u", u("Data mentoring"), u("Ada Lovelace"), u("Grace Hopper"), Reasons, Tried, "America/New_York");
        yield return (nameof(EscalationCard), text => EscalationCard.Build(escalation, text));
        yield return ("EscalationCard.NothingTried", text => EscalationCard.Build(escalation with { Reasons = [], Tried = [] }, text));
        yield return ("EscalationCard.Done", text => EscalationCard.Build(escalation with { Done = (NudgeResponse.MessagedBoth, Sent.AddDays(9)) }, text));
        yield return ("EscalationCard.PairEnded", text => EscalationCard.Build(escalation with { Outcome = text["EscalationPairNotActive"] }, text));

        var question = new StayPauseLeaveView(Nudge(NudgeKind.StayPauseLeave, Role.Mentor), u("Data mentoring"), u("Ada Lovelace"), 3);
        yield return (nameof(StayPauseLeaveCard), text => StayPauseLeaveCard.Build(question, text));
        foreach (var answer in new[] { NudgeResponse.Stay, NudgeResponse.Pause, NudgeResponse.Leave })
            yield return ($"StayPauseLeaveCard.{answer}", text => StayPauseLeaveCard.Build(question with { Answer = answer }, text));

        var faded = new FadedView(Nudge(NudgeKind.Faded, Role.Mentee), u("Data mentoring"), u("Grace Hopper"), 43);
        yield return (nameof(FadedCard), text => FadedCard.Build(faded, text));
        foreach (var answer in new[] { NudgeResponse.KeepGoing, NudgeResponse.Pause, NudgeResponse.Ended })
            yield return ($"FadedCard.{answer}", text => FadedCard.Build(faded with { Answer = answer }, text));

        var fadedLead = new FadedLeadView("p-1", "m~u", u("Data mentoring"), u("Ada Lovelace"), u("Grace Hopper"), 50, Tried, "America/New_York");
        yield return (nameof(FadedLeadCard), text => FadedLeadCard.Build(fadedLead, text));
        yield return ("FadedLeadCard.NothingTried", text => FadedLeadCard.Build(fadedLead with { Tried = [] }, text));
        foreach (var decision in new[] { NudgeResponse.KeptByLead, NudgeResponse.EndedAndRematched, NudgeResponse.Ended })
            yield return ($"FadedLeadCard.{decision}", text => FadedLeadCard.Build(fadedLead with { Done = (decision, Sent.AddDays(9)), Outcome = text["FadedLeadKept"] }, text));
        yield return ("FadedLeadCard.PairEnded", text => FadedLeadCard.Build(fadedLead with { Outcome = text["NudgePairNotActive"] }, text));
    }

    private static IReadOnlyList<HealthReason> Reasons { get; } =
    [
        new(HealthReasonKeys.NoMeetingFor, HealthState.AtRisk, 30, 14),
        new(HealthReasonKeys.Unanswered, HealthState.AtRisk, Role.Mentor, 2),
        new(HealthReasonKeys.LowUsefulness, HealthState.NeedsAttention, 2.3, 3),
    ];

    private static IReadOnlyList<Attempt> Tried { get; } =
    [
        new(NudgeKind.NoMeeting, Role.Mentee, Sent) { Response = NudgeResponse.Snoozed, RespondedAt = Sent.AddHours(1) },
        new(null, Role.Mentee, Sent.AddHours(1)) { SnoozedUntil = Sent.AddDays(7) },
        new(NudgeKind.NoMeeting, Role.Mentor, Sent),
        new(NudgeKind.CheckInReminder, Role.Mentor, Sent.AddDays(2)),
        new(NudgeKind.StayPauseLeave, Role.Mentor, Sent.AddDays(3)),
        new(NudgeKind.Escalation, null, Sent.AddDays(8)),
        new(NudgeKind.Faded, Role.Mentee, Sent.AddDays(20)) { Response = NudgeResponse.KeepGoing, RespondedAt = Sent.AddDays(21) },
        new(NudgeKind.FadedToLeads, null, Sent.AddDays(28)),
    ];

    private static Nudge Nudge(NudgeKind kind, Role role) => new()
    {
        ProgrammeId = "p-1",
        PairId = "m~u",
        TenantId = "t",
        UserObjectId = "m",
        Role = role,
        Kind = kind,
        Period = NudgePeriod.QuietSince(Sent.AddDays(-23)),
        DueAt = Sent,
        SentAt = Sent,
    };
}
