namespace MentorBot.Dialogs.Abstractions.Calendar;

/// <summary>How a calendar call ended; everything but <see cref="Ok"/> means "use declared availability and a deep link".</summary>
public enum CalendarOutcome
{
    Ok,

    /// <summary>No calendar service is configured for this deployment.</summary>
    NotConfigured,

    /// <summary>The service refused (HTTP 403): an administrator has not consented the permissions, or a policy excludes the mailbox.</summary>
    ConsentMissing,

    /// <summary>The person belongs to a tenant this deployment cannot read (cross-organisation programmes).</summary>
    OtherTenant,

    /// <summary>Throttled, unavailable or timed out even after the retries: worth asking again later.</summary>
    TransientFailure,

    /// <summary>The event asked for is no longer in the calendar (HTTP 404 on an event): someone deleted it there.</summary>
    Gone,

    /// <summary>Anything else (an unknown person, an answer that cannot be read): asking again will not help.</summary>
    Failed,
}
