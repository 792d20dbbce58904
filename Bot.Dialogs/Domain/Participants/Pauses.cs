using MentorBot.Dialogs.Domain.Scheduling;

namespace MentorBot.Dialogs.Domain.Participants;

/// <summary>
/// When someone's pause ends. A pause "until" a date ends at the start of that date on the person's own clock (the
/// same reading matching uses: available again on the date itself); a pause without a date lasts until they resume.
/// </summary>
public static class Pauses
{
    /// <summary>The instant the person's pause ends: null while it has no end, <see cref="DateTimeOffset.MinValue"/> when not paused.</summary>
    public static DateTimeOffset? EndsAt(Participant person)
    {
        if (person.Status != ParticipantStatus.Paused)
            return DateTimeOffset.MinValue;
        if (person.PausedUntil is not { } until)
            return null;
        return LocalClock.ToInstant(until, TimeOnly.MinValue, WorkingMoments.ZoneOf(person.WorkingHours));
    }

    public static bool IsPausedAt(Participant person, DateTimeOffset instant) => EndsAt(person) is not { } end || end > instant;
}
