namespace MentorBot.Dialogs.Domain.CheckIns;

/// <summary>Why a check-in was sent: a booked meeting ended, the programme's interval came round, or the person asked.</summary>
public enum CheckInTrigger
{
    AfterMeeting,
    Every,
    OnRequest,
}
