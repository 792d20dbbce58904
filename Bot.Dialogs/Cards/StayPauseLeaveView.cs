using MentorBot.Dialogs.Domain.Nudges;

namespace MentorBot.Dialogs.Cards;

/// <summary>
/// What the "stay, pause or leave?" question shows: the programme, the partner, how many check-ins went unanswered,
/// and, once answered, the choice (the card is then rebuilt in place without buttons).
/// </summary>
public sealed record StayPauseLeaveView(Nudge Nudge, string ProgrammeName, string PartnerName, int Unanswered)
{
    public NudgeResponse? Answer { get; init; }
}
