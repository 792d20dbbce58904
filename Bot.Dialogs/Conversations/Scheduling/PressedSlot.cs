using MentorBot.Dialogs.Domain.Scheduling;

namespace MentorBot.Dialogs.Conversations.Scheduling;

/// <summary>A slot posted back by a Book or Move here button, checked, with both people's time zones.</summary>
public sealed record PressedSlot(TimeRange Slot, string ViewerZone, string OtherZone);
