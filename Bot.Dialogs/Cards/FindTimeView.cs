using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Domain.Scheduling;

namespace MentorBot.Dialogs.Cards;

/// <summary>
/// What the find-a-time card shows one of the two people: slots on their own clock, where the slots came from
/// (<see cref="ModeKey"/>), and per slot either a Book button (<see cref="CanBook"/>) or a Teams scheduling link.
/// </summary>
public sealed record FindTimeView(string ProgrammeId, string PairId, string OtherName, string ViewerTimeZone, string ModeKey, bool CanBook, IReadOnlyList<OfferedSlot> Slots)
{
    /// <summary>Why the card is shown again, when it is (the chosen slot was taken meanwhile…).</summary>
    public string? NoticeKey { get; init; }

    /// <summary>The booked meeting these slots would move; the buttons then say Move here.</summary>
    public PairMeeting? Moving { get; init; }
}

/// <summary>A suggested slot and, when it cannot be booked by the bot, the Teams link that opens it as a new meeting.</summary>
public sealed record OfferedSlot(TimeRange Slot, Uri? Link);
