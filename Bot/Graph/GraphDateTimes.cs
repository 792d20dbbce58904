using System.Globalization;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Scheduling;
using Microsoft.Graph.Models;

namespace MentorBot.Graph;

/// <summary>Graph's dateTimeTimeZone (a wall-clock time and a zone name) to and from instants.</summary>
public static class GraphDateTimes
{
    public static DateTimeTimeZone ToGraph(DateTimeOffset instant) => new()
    {
        DateTime = instant.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture),
        TimeZone = "UTC",
    };

    /// <summary>The instant Graph means; throws <see cref="GraphAnswerException"/> when it cannot be read.</summary>
    public static DateTimeOffset FromGraph(DateTimeTimeZone? value, string what)
    {
        if (value?.DateTime is not { Length: > 0 } text || !DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed))
            throw new GraphAnswerException($"Graph gave {what} as '{value?.DateTime}', which is not a date and time.");
        if (parsed.Kind != DateTimeKind.Unspecified)
            return new DateTimeOffset(parsed.ToUniversalTime(), TimeSpan.Zero);
        if (!TimeZones.TryFind(value.TimeZone, out var zone))
            throw new GraphAnswerException($"Graph gave {what} in the time zone '{value.TimeZone}', which is not known.");
        return LocalClock.ToInstant(DateOnly.FromDateTime(parsed), TimeOnly.FromDateTime(parsed), zone);
    }
}
