using MentorBot.Dialogs.Abstractions.Storage;
using MentorBot.Dialogs.Domain;

namespace MentorBot.Dialogs.Stores;

/// <summary>
/// Save if it still applies: the change is decided on the record as read and saved only over that version; when
/// someone else saved first, the record is read again and the change decided again on what they left. An unrelated
/// change is saved over; a change that makes this one wrong wins (the record refuses). The one loop every
/// repository's versioned change goes through.
/// </summary>
public static class VersionedChange
{
    /// <summary>Each conflict means someone else's change went through: this many in a row is contention, not a race.</summary>
    public const int Attempts = 5;

    public static async Task<StoredChange<T>> ApplyAsync<T>(
        T current,
        string version,
        Func<T, Transition<T>> change,
        Func<T, string, CancellationToken, Task<string>> save,
        Func<CancellationToken, Task<(T Record, string Version)?>> reread,
        CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(save);
        ArgumentNullException.ThrowIfNull(reread);
        for (var attempt = 1; ; attempt++)
        {
            var next = change(current);
            if (!next.IsDone)
                return new StoredChange<T>(SaveOutcome.Refused, current, version, next.Refusal);
            try
            {
                return new StoredChange<T>(SaveOutcome.Saved, next.Value, await save(next.Value, version, cancellationToken));
            }
            catch (EntityConflictException)
            {
                if (await reread(cancellationToken) is not { } fresh)
                    return new StoredChange<T>(SaveOutcome.Gone, null, null);
                (current, version) = fresh;
                if (attempt == Attempts)
                    return new StoredChange<T>(SaveOutcome.Contended, current, version);
            }
        }
    }
}
