using System.Globalization;

namespace MentorBot.Dialogs.Domain.Nudges;

/// <summary>
/// Names the occurrence a nudge is for, so each is sent once however often the rules run. Keys start with an instant
/// in UTC and hold only letters and digits, so they sort in time order as row keys and fit an idempotency key unescaped.
/// <list type="bullet">
/// <item>No meeting: the quiet spell, by the instant it began (the last meeting, or the pair's start).</item>
/// <item>Reminder: the check-in it reminds of, by its period.</item>
/// <item>Escalation: the run of unanswered nudges, by the instant its first was sent.</item>
/// <item>Stay, pause or leave: the run of unanswered check-ins, by the period of its first.</item>
/// <item>Faded question, and the leads' card after it: the quiet spell, by the instant it began (<see cref="Faded"/>).</item>
/// <item>No meeting, asked for by a lead from an escalation: that escalation's run of silence (<see cref="ByLead"/>).</item>
/// <item>No meeting, asked for by a lead from a digest: the quiet spell (<see cref="FromDigest"/>).</item>
/// </list>
/// </summary>
public static class NudgePeriod
{
    private const string Format = "yyyyMMdd'T'HHmm'Z'";

    public static string QuietSince(DateTimeOffset instant) => Key(instant) + "q";

    public static string Reminder(string checkInPeriod) => checkInPeriod;

    public static string SilenceSince(DateTimeOffset firstUnanswered) => Key(firstUnanswered) + "s";

    public static string UnansweredFrom(string firstCheckInPeriod) => firstCheckInPeriod;

    /// <summary>
    /// A no-meeting nudge a lead asked for with "Nudge again": named by the escalation's period (the run of silence,
    /// which every lead's escalation of that run shares), not by the instant of the press. So a double press, a retry
    /// after a stop, or a second lead pressing on their own card, at once or days later, is one nudge to each person;
    /// a new run of silence escalates again under a new period, and "Nudge again" on that card is a new nudge. A key by
    /// the minute of the press would send twice for a double press across a minute's edge, and again for a second lead.
    /// </summary>
    /// <summary>The faded question, and the leads' card that follows it unanswered: one of each per quiet spell.</summary>
    public static string Faded(DateTimeOffset quietSince) => Key(quietSince) + "f";

    public static string ByLead(string escalationPeriod) => escalationPeriod + "l";

    /// <summary>
    /// A no-meeting nudge a lead asked for with "Nudge now" on a digest: named by the quiet spell (as <see cref="ByLead"/>
    /// is by the run of silence), so the digest and the at-risk card, pressed twice or by two leads, nudge once per spell.
    /// </summary>
    public static string FromDigest(DateTimeOffset quietSince) => Key(quietSince) + "d";

    /// <summary>The kind, the pair, the person and the period: what a message is, for whom, for when.</summary>
    public static string IdempotencyKey(NudgeKind kind, string pairId, string tenantId, string userObjectId, string period) =>
        $"{MessageKind(kind)}|{pairId}|{tenantId}|{userObjectId}|{period}";

    /// <summary>What a nudge message is, in its idempotency key (lower case, stable: never the enum's number).</summary>
    public static string MessageKind(NudgeKind kind) => kind switch
    {
        NudgeKind.NoMeeting => "nudge",
        NudgeKind.CheckInReminder => "reminder",
        NudgeKind.Escalation => "escalation",
        NudgeKind.StayPauseLeave => "staypauseleave",
        NudgeKind.Faded => "faded",
        NudgeKind.FadedToLeads => "fadedlead",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static string Key(DateTimeOffset instant) => instant.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);
}
