using MentorBot.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using WorkingHours = MentorBot.Dialogs.Domain.Participants.WorkingHours;

namespace MentorBot.Graph;

/// <summary>
/// Working hours and time zone from GET /users/{id}/mailboxSettings, kept for Graph:CacheDuration: they change
/// rarely, and every "find a time" needs both people's.
/// </summary>
public sealed class GraphMailboxes(GraphServiceClient client, TimeProvider clock, IOptions<GraphOptions> options)
{
    private readonly ExpiringCache<MailboxFacts> _cache = new(clock, options.Value.CacheDuration);

    public async Task<MailboxFacts> GetAsync(string person, CancellationToken cancellationToken)
    {
        if (_cache.TryGet(person, out var known))
            return known;
        var settings = await client.Users[person].MailboxSettings.GetAsync(cancellationToken: cancellationToken)
            ?? throw new GraphAnswerException($"Graph answered without mailbox settings for {person}.");
        var facts = Read(settings);
        _cache.Set(person, facts);
        return facts;
    }

    /// <summary>
    /// The facts in a mailboxSettings answer. The working hours' zone wins; a zone we cannot use (a "Customized Time
    /// Zone" described by its rules) gives way to the mailbox's own time zone.
    /// </summary>
    public static MailboxFacts Read(MailboxSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var mailboxZone = GraphTimeZones.ToIana(settings.TimeZone);
        if (settings.WorkingHours is not { StartTime: { } start, EndTime: { } end, DaysOfWeek: { Count: > 0 } days } hours)
            return new MailboxFacts(null, mailboxZone, "The mailbox settings give no working hours.");

        var zone = GraphTimeZones.ToIana(hours.TimeZone?.Name) ?? mailboxZone;
        if (zone is null)
            return new MailboxFacts(null, null, $"Neither the working hours' time zone '{hours.TimeZone?.Name}' nor the mailbox's '{settings.TimeZone}' is a zone we know.");

        var workingHours = new WorkingHours(
            new TimeOnly(start.Hour, start.Minute, start.Second),
            new TimeOnly(end.Hour, end.Minute, end.Second),
            [.. days.OfType<DayOfWeekObject>().Select(d => Enum.Parse<DayOfWeek>(d.ToString())).Distinct().Order()],
            zone);
        var problems = workingHours.Check().Select(p => p.Field).ToList();
        return problems.Count == 0
            ? new MailboxFacts(workingHours, zone, null)
            : new MailboxFacts(null, zone, $"The mailbox's working hours are not usable ({string.Join(", ", problems)}): {start}–{end}.");
    }
}
