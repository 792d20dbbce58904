namespace MentorBot.Dialogs.Conversations.Actions;

/// <summary>A button that carries nothing but its verb (a confirmation, "new programme").</summary>
public sealed record NoPayload;

/// <summary>A button about one programme.</summary>
public sealed record ProgrammeRef(string ProgrammeId);

/// <summary>A button about one pair of a programme.</summary>
public sealed record PairRef(string ProgrammeId, string PairId);
