using MentorBot.Dialogs.Domain;

namespace MentorBot.Dialogs.Stores;

/// <summary>What became of a versioned change.</summary>
public enum SaveOutcome
{
    Saved,

    /// <summary>The record (as last read) refused the change; nothing was saved.</summary>
    Refused,

    /// <summary>The record is no longer there (erased meanwhile).</summary>
    Gone,

    /// <summary>Others kept changing the record for every attempt; nothing was saved.</summary>
    Contended,
}

/// <summary>
/// A versioned change's outcome: the record as saved with its new version, or (refused, contended) the record and
/// version last read, so the caller can tell the user what it is now.
/// </summary>
public sealed record StoredChange<T>(SaveOutcome Outcome, T? Record, string? Version, Refusal? Refusal = null)
    where T : class
{
    public bool IsSaved => Outcome == SaveOutcome.Saved;
}
