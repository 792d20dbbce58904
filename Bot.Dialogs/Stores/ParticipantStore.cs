using MentorBot.Dialogs.Abstractions.Storage;
using MentorBot.Dialogs.Domain.Participants;

namespace MentorBot.Dialogs.Stores;

/// <summary>
/// Participants, partitioned by programme because matching and digests read a whole programme at once; a
/// membership pointer per user (partitioned by user) answers "which programmes am I in" and lets
/// "delete my data" find everything.
/// </summary>
public sealed class ParticipantStore(IEntityStore store)
{
    public const string TableName = "participants";
    public const string MembershipTable = "memberships";

    private IEntityTable Participants => store.Table(TableName);

    private IEntityTable Memberships => store.Table(MembershipTable);

    // One person's own presses rarely collide; a handful of attempts settles any real interleaving.
    private const int MaxChangeAttempts = 5;

    public static string UserKey(string tenantId, string userObjectId) => $"{tenantId}|{userObjectId}";

    public async Task<Participant?> GetAsync(string programmeId, string tenantId, string userObjectId, CancellationToken cancellationToken)
    {
        if (!StoreIds.CanExist(programmeId))
            return null;
        var entity = await Participants.GetAsync(programmeId, UserKey(tenantId, userObjectId), cancellationToken);
        return entity is null ? null : StoreJson.Read<Participant>(entity.Body);
    }

    /// <summary>Every programme membership of a user, newest first.</summary>
    public async Task<IReadOnlyList<Participant>> ForUserAsync(string tenantId, string userObjectId, CancellationToken cancellationToken)
    {
        var result = new List<Participant>();
        await foreach (var membership in Memberships.QueryAsync(UserKey(tenantId, userObjectId), RowKeyRange.All, cancellationToken))
        {
            // A pointer whose participant is gone (a half-finished delete) is skipped, not an error.
            var participant = await GetAsync(membership.RowKey, tenantId, userObjectId, cancellationToken);
            if (participant is not null)
                result.Add(participant);
        }

        return result.OrderByDescending(p => p.JoinedAt).ToList();
    }

    /// <summary>The ids of the programmes a user joined; "delete my data" reads them before the participant records go.</summary>
    public async Task<IReadOnlyList<string>> ProgrammeIdsOfAsync(string tenantId, string userObjectId, CancellationToken cancellationToken) =>
        [.. (await ForUserAsync(tenantId, userObjectId, cancellationToken)).Select(p => p.ProgrammeId).Distinct(StringComparer.Ordinal)];

    public async Task<IReadOnlyList<Participant>> InProgrammeAsync(string programmeId, CancellationToken cancellationToken)
    {
        var result = new List<Participant>();
        await foreach (var entity in Participants.QueryAsync(programmeId, RowKeyRange.All, cancellationToken))
            result.Add(StoreJson.Read<Participant>(entity.Body));
        return result;
    }

    /// <summary>
    /// Applies <paramref name="change"/> to the participant as stored now, saved only if nobody wrote it in between
    /// (ETag); on a conflict it re-reads and applies the change again. The change returns null when it no longer
    /// applies (the person left meanwhile): nothing is written. Returns what was saved, or null when nothing was.
    /// </summary>
    public async Task<Participant?> ChangeAsync(string programmeId, string tenantId, string userObjectId, Func<Participant, Participant?> change, CancellationToken cancellationToken)
    {
        if (!StoreIds.CanExist(programmeId))
            return null;
        var userKey = UserKey(tenantId, userObjectId);
        for (var attempt = 1; ; attempt++)
        {
            var entity = await Participants.GetAsync(programmeId, userKey, cancellationToken);
            var changed = entity is null ? null : change(StoreJson.Read<Participant>(entity.Body));
            if (entity is null || changed is null)
                return null;
            if (changed.ProgrammeId != programmeId || UserKey(changed.TenantId, changed.UserObjectId) != userKey)
                throw new InvalidOperationException("A change may not move a participant to another programme or person.");
            try
            {
                await Participants.UpdateAsync(new EntityWrite(programmeId, userKey, StoreJson.Write(changed)), entity.ETag, cancellationToken);
                return changed;
            }
            catch (EntityConflictException) when (attempt < MaxChangeAttempts)
            {
                // Someone saved (or deleted) the participant between our read and write: decide again on what is there now.
            }
        }
    }

    /// <summary>Creates or replaces a participant whatever is stored: joining (again) a programme, seeding the demo.</summary>
    public async Task SaveAsync(Participant participant, CancellationToken cancellationToken)
    {
        var userKey = UserKey(participant.TenantId, participant.UserObjectId);

        // Pointer first: a crash between the two writes leaves a pointer to nothing (skipped on read), never an
        // unfindable participant that "delete my data" would miss.
        await Memberships.UpsertAsync(new EntityWrite(userKey, participant.ProgrammeId, "{}"), cancellationToken);
        await Participants.UpsertAsync(new EntityWrite(participant.ProgrammeId, userKey, StoreJson.Write(participant)), cancellationToken);
    }

    /// <summary>Removes every participant record and membership of the user; returns how many programmes they were in.</summary>
    public async Task<int> DeleteUserAsync(string tenantId, string userObjectId, CancellationToken cancellationToken)
    {
        var userKey = UserKey(tenantId, userObjectId);
        var programmes = new List<string>();
        await foreach (var membership in Memberships.QueryAsync(userKey, RowKeyRange.All, cancellationToken))
            programmes.Add(membership.RowKey);
        foreach (var programmeId in programmes)
        {
            await Participants.DeleteAsync(programmeId, userKey, ifMatch: null, cancellationToken);
            await Memberships.DeleteAsync(userKey, programmeId, ifMatch: null, cancellationToken);
        }

        return programmes.Count;
    }
}
