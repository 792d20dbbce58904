namespace MentorBot.Tests.Graph;

/// <summary>
/// Someone the <see cref="Infrastructure.LoopbackGraph"/> knows: directory facts, mailbox settings (time zones as
/// Graph gives them: Windows names by default, IANA ids, or "Customized Time Zone") and calendar items.
/// </summary>
public sealed record GraphPerson
{
    public const string CustomTimeZone = "Customized Time Zone";

    public required string Id { get; init; }

    public required string Mail { get; init; }

    public string DisplayName { get; init; } = "Someone";

    public string? Department { get; init; }

    public string? JobTitle { get; init; }

    public string? PreferredLanguage { get; init; }

    /// <summary>Graph's day names, lower case.</summary>
    public IReadOnlyList<string> WorkDays { get; init; } = ["monday", "tuesday", "wednesday", "thursday", "friday"];

    public string WorkStart { get; init; } = "09:00:00.0000000";

    public string WorkEnd { get; init; } = "17:00:00.0000000";

    /// <summary>The working hours' time zone name; <see cref="CustomTimeZone"/> answers a customTimeZone object.</summary>
    public string WorkTimeZone { get; init; } = "Romance Standard Time";

    public string MailboxTimeZone { get; init; } = "Romance Standard Time";

    public IReadOnlyList<GraphBusyItem> Calendar { get; init; } = [];

    /// <summary>False: events this person organises come back without a Teams meeting (no joinUrl).</summary>
    public bool TeamsMeetings { get; init; } = true;
}

/// <summary>A calendar item as getSchedule reports it; status is Graph's freeBusyStatus (free, tentative, busy, oof, workingElsewhere).</summary>
public sealed record GraphBusyItem(DateTimeOffset Start, DateTimeOffset End, string Status = "busy");
