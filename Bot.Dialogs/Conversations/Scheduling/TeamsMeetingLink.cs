using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Domain.Scheduling;

namespace MentorBot.Dialogs.Conversations.Scheduling;

/// <summary>
/// Teams' scheduling deep link: opens the new-meeting form in the user's own Teams with the subject, the other person
/// and the time filled in, so a meeting can be booked without the bot reading or writing any calendar.
/// </summary>
public static class TeamsMeetingLink
{
    public const string Base = "https://teams.microsoft.com/l/meeting/new";

    public static Uri For(string subject, string? attendee, TimeRange slot)
    {
        var query = new List<string> { "subject=" + Uri.EscapeDataString(subject) };
        if (!string.IsNullOrWhiteSpace(attendee))
            query.Add("attendees=" + Uri.EscapeDataString(attendee));
        query.Add("startTime=" + Uri.EscapeDataString(FindTimeCard.Iso(slot.Start)));
        query.Add("endTime=" + Uri.EscapeDataString(FindTimeCard.Iso(slot.End)));
        return new Uri(Base + "?" + string.Join('&', query));
    }

    /// <summary>A new meeting for several people and no time yet: the organiser picks it in Teams' scheduling assistant.</summary>
    public static Uri ForGroup(string subject, IEnumerable<string> attendees)
    {
        var query = new List<string> { "subject=" + Uri.EscapeDataString(subject) };
        var invited = string.Join(',', attendees.Where(a => !string.IsNullOrWhiteSpace(a)));
        if (invited.Length > 0)
            query.Add("attendees=" + Uri.EscapeDataString(invited));
        return new Uri(Base + "?" + string.Join('&', query));
    }
}
