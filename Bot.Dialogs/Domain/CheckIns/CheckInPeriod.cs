using System.Globalization;
using MentorBot.Dialogs.Domain.Pairs;

namespace MentorBot.Dialogs.Domain.CheckIns;

/// <summary>
/// Names the period a check-in covers: the booked meeting it follows (by the meeting's start) or the moment an
/// interval came round. Keys start with the instant in UTC, so one person's check-ins sort in time order as row keys,
/// and hold only letters and digits, so they fit in a row key and an idempotency key unescaped.
/// </summary>
public static class CheckInPeriod
{
    /// <summary>What a check-in message is, in its idempotency key ("checkin", <see cref="Recipient"/>, the period).</summary>
    public const string MessageKind = "checkin";

    private const string Format = "yyyyMMdd'T'HHmm'Z'";

    public static string ForMeeting(PairMeeting meeting) => Key(meeting.Start) + "m";

    public static string Every(DateTimeOffset nominal) => Key(nominal) + "e";

    /// <summary>
    /// A check-in the person asked for before any period came round (`check in`), to the millisecond: asking again
    /// after answering, even within the minute, is a new check-in rather than the answered one.
    /// </summary>
    public static string OnRequest(DateTimeOffset asked) => asked.UtcDateTime.ToString("yyyyMMdd'T'HHmmssfff'Z'", CultureInfo.InvariantCulture) + "r";

    /// <summary>For whom, in the idempotency key: the pair and the person, so each person of each pair has their own.</summary>
    public static string Recipient(string pairId, string tenantId, string userObjectId) => $"{pairId}|{tenantId}|{userObjectId}";

    private static string Key(DateTimeOffset instant) => instant.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);
}
