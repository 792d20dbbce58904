using MentorBot.Dialogs.Domain.Nudges;

namespace MentorBot.Dialogs.Cards;

/// <summary>
/// What the "keep going, pause or end?" question shows: the programme, the partner, how many days the pair has been
/// quiet, and, once answered, the choice (the card is then rebuilt in place without buttons).
/// </summary>
public sealed record FadedView(Nudge Nudge, string ProgrammeName, string PartnerName, int QuietDays)
{
    public NudgeResponse? Answer { get; init; }
}
