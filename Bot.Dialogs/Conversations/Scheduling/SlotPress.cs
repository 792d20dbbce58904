namespace MentorBot.Dialogs.Conversations.Scheduling;

/// <summary>
/// What a Book, Move or Move here button posts: the pair, the slot's start and end, and the start of the meeting
/// being moved. The times stay text here: whether they are a slot we could have offered is <see cref="PressedSlots"/>' call.
/// </summary>
public sealed record SlotPress(string ProgrammeId, string PairId, string? Start = null, string? End = null, string? From = null);
