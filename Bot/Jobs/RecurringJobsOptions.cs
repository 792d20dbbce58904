namespace MentorBot.Jobs;

/// <summary>
/// Settings under "Jobs:Recurring": one schedule per recurring job (Jobs:Recurring:&lt;Name&gt;:Cron and :TimeZone).
/// A job added later (nudges, surveys, digests) adds a property here and a line in <see cref="RecurringJobs"/>.
/// </summary>
public sealed class RecurringJobsOptions
{
    public const string Section = "Jobs:Recurring";

    /// <summary>Re-sends the proactive messages a send could not deliver at once (Hangfire's granularity is a minute).</summary>
    public RecurringJobSchedule OutboxRetry { get; set; } = new("* * * * *");

    /// <summary>Applies Messaging:Outbox:Retention to delivered and settled messages.</summary>
    public RecurringJobSchedule OutboxPurge { get; set; } = new("40 3 * * *");

    /// <summary>Sends the check-ins that are due. A check-in waits at most this long past its moment, so keep it short.</summary>
    public RecurringJobSchedule CheckInDispatch { get; set; } = new("*/15 * * * *");

    /// <summary>
    /// Sends the nudges, check-in reminders, escalations and stay/pause/leave questions that are due, inside each
    /// recipient's working hours. Like check-ins, one waits at most this long past its moment.
    /// </summary>
    public RecurringJobSchedule NudgeDispatch { get; set; } = new("*/15 * * * *");

    /// <summary>
    /// Sends the feedback surveys and their reminders that are due, inside each person's working hours, and ends a
    /// closed programme's pairs once the end survey's answer window is over. One waits at most this long past its moment.
    /// </summary>
    public RecurringJobSchedule SurveyDispatch { get; set; } = new("*/15 * * * *");

    /// <summary>
    /// Sends the lead digests that are due (Digests:LocalHour on each destination's clock). A digest waits at most this
    /// long past its hour.
    /// </summary>
    public RecurringJobSchedule DigestDispatch { get; set; } = new("*/15 * * * *");

    /// <summary>
    /// Expires offers whose deadline passed (whatever became of their deadline job) and finishes what a stop left
    /// unsent after a pair changed: at most this late.
    /// </summary>
    public RecurringJobSchedule PairSweep { get; set; } = new("*/5 * * * *");

    /// <summary>
    /// Queues the lead requests (invitations, matching rounds) the job storage could not take when they were made: they
    /// run at most this long after it is back.
    /// </summary>
    public RecurringJobSchedule LeadRequestSweep { get; set; } = new("* * * * *");

    /// <summary>Every schedule with its name, for validation and registration.</summary>
    public IEnumerable<(string Name, RecurringJobSchedule Schedule)> All() =>
    [
        (nameof(OutboxRetry), OutboxRetry),
        (nameof(OutboxPurge), OutboxPurge),
        (nameof(CheckInDispatch), CheckInDispatch),
        (nameof(NudgeDispatch), NudgeDispatch),
        (nameof(SurveyDispatch), SurveyDispatch),
        (nameof(DigestDispatch), DigestDispatch),
        (nameof(PairSweep), PairSweep),
        (nameof(LeadRequestSweep), LeadRequestSweep),
    ];
}
