using System.ComponentModel.DataAnnotations;

namespace MentorBot.Hosting;

public enum JobStorageKind
{
    /// <summary>A SQLite file under the data folder: the embedded default, survives a restart.</summary>
    Sqlite,

    /// <summary>PostgreSQL (production): set <see cref="JobsOptions.ConnectionString"/>.</summary>
    PostgreSql,
}

/// <summary>Settings under "Jobs": where Hangfire keeps its jobs and how it runs them.</summary>
public sealed class JobsOptions : IValidatableObject
{
    public const string Section = "Jobs";

    public JobStorageKind Storage { get; set; } = JobStorageKind.Sqlite;

    /// <summary>The SQLite file; relative to the data folder.</summary>
    public string SqliteFile { get; set; } = "jobs.db";

    /// <summary>PostgreSQL connection string, from user-secrets, the environment or Key Vault.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Schema for Hangfire's tables in PostgreSQL.</summary>
    public string Schema { get; set; } = "hangfire";

    [Range(1, 64)]
    public int WorkerCount { get; set; } = 4;

    /// <summary>
    /// How often an idle worker polls the job queue. A lead's invitations and fanning-out matching rounds are queued
    /// jobs the lead waits on, so a second rather than Hangfire's 15 s default.
    /// </summary>
    public TimeSpan QueuePollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How often the server looks for delayed jobs that are due (offer deadlines) and recurring jobs whose cron time
    /// came: Hangfire's default of 15 s. Every instance looks, under Hangfire's distributed lock, so each cron time
    /// still makes one job however many instances run.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan SchedulePollingInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Run the Hangfire server in this process (turn off for a web-only instance).</summary>
    public bool RunServer { get; set; } = true;

    /// <summary>
    /// Retired. It named an authorisation policy for /hangfire, but the app registers no authentication scheme, so no
    /// request could ever satisfy one. Still read only so that a deployment that sets it fails at start-up, instead of
    /// its operator believing the dashboard is guarded by it. /hangfire answers local requests only.
    /// </summary>
    public string? DashboardPolicy { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Storage == JobStorageKind.PostgreSql && string.IsNullOrWhiteSpace(ConnectionString))
            yield return new ValidationResult("Jobs:ConnectionString is required when Jobs:Storage is PostgreSql.", [nameof(ConnectionString)]);
        if (!string.IsNullOrWhiteSpace(DashboardPolicy))
        {
            yield return new ValidationResult(
                "Jobs:DashboardPolicy is no longer supported: MentorBot registers no authentication, so a policy could never let anyone in. " +
                "The Hangfire dashboard (/hangfire) answers requests from the machine itself only. Remove the setting.",
                [nameof(DashboardPolicy)]);
        }
    }
}
