namespace MentorBot.Jobs;

/// <summary>When one recurring job runs: a cron expression (five fields, or six with seconds) read on a time zone's clock.</summary>
public sealed class RecurringJobSchedule
{
    public RecurringJobSchedule()
    {
    }

    public RecurringJobSchedule(string cron, string timeZone = "UTC")
    {
        Cron = cron;
        TimeZone = timeZone;
    }

    public string Cron { get; set; } = string.Empty;

    /// <summary>An IANA or Windows time zone id: "30 8 * * 1" in Europe/Paris is Monday 08:30 in Paris, summer and winter.</summary>
    public string TimeZone { get; set; } = "UTC";

    /// <summary>
    /// Also run once as soon as the bot starts, not only at the next cron time: after a restart (a deploy, a crash) the
    /// work resumes at once instead of waiting up to a whole period. Off by default.
    /// </summary>
    public bool RunAtStart { get; set; }
}
