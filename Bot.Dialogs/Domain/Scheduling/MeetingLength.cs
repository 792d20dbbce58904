namespace MentorBot.Dialogs.Domain.Scheduling;

/// <summary>How long a programme's mentoring meetings last; the value is the number of minutes.</summary>
public enum MeetingLength
{
    ThirtyMinutes = 30,
    FortyFiveMinutes = 45,
    SixtyMinutes = 60,
}

public static class MeetingLengthExtensions
{
    public static TimeSpan Duration(this MeetingLength length) =>
        Enum.IsDefined(length) ? TimeSpan.FromMinutes((int)length) : throw new ArgumentOutOfRangeException(nameof(length), length, "Meetings last 30, 45 or 60 minutes.");
}
