using System.Runtime.CompilerServices;
using MentorBot.Dialogs.Abstractions.Storage;
using MentorBot.Dialogs.Domain;
using MentorBot.Dialogs.Domain.Programmes;

namespace MentorBot.Dialogs.Stores;

/// <summary>
/// Programmes. A deployment runs tens of them and lists them together (and cross-organisation programmes are
/// visible from several tenants), so they share one partition: one read lists them all.
/// </summary>
public sealed class ProgrammeStore(IEntityStore store)
{
    public const string TableName = "programmes";
    private const string Partition = "programme";

    private IEntityTable Table => store.Table(TableName);

    public async Task<Programme?> GetAsync(string programmeId, CancellationToken cancellationToken)
    {
        if (!StoreIds.CanExist(programmeId))
            return null;
        var entity = await Table.GetAsync(Partition, programmeId, cancellationToken);
        return entity is null ? null : StoreJson.Read<Programme>(entity.Body);
    }

    public async IAsyncEnumerable<Programme> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var entity in Table.QueryAsync(Partition, RowKeyRange.All, cancellationToken))
            yield return StoreJson.Read<Programme>(entity.Body);
    }

    /// <summary>Open programmes a user of <paramref name="tenantId"/> may join.</summary>
    public async Task<IReadOnlyList<Programme>> OpenForAsync(string tenantId, CancellationToken cancellationToken)
    {
        var open = new List<Programme>();
        await foreach (var programme in ListAsync(cancellationToken))
        {
            if (programme.IsOpen && programme.AdmitsTenant(tenantId))
                open.Add(programme);
        }

        return open.OrderBy(p => p.Name, StringComparer.CurrentCultureIgnoreCase).ToList();
    }

    /// <summary>The programme and its version, for an edit that must not overwrite someone else's.</summary>
    public async Task<(Programme Programme, string Version)?> GetVersionedAsync(string programmeId, CancellationToken cancellationToken)
    {
        if (!StoreIds.CanExist(programmeId))
            return null;
        var entity = await Table.GetAsync(Partition, programmeId, cancellationToken);
        return entity is null ? null : (StoreJson.Read<Programme>(entity.Body), entity.ETag);
    }

    /// <summary>
    /// Creates the programme, or replaces it only if it is still at <paramref name="version"/>: two leads
    /// editing at once get a conflict (<see cref="EntityConflictException"/>) instead of a silent overwrite.
    /// </summary>
    public Task<string> SaveAsync(Programme programme, string? version, CancellationToken cancellationToken)
    {
        var write = new EntityWrite(Partition, programme.Id, StoreJson.Write(programme));
        return version is null ? Table.InsertAsync(write, cancellationToken) : Table.UpdateAsync(write, version, cancellationToken);
    }

    /// <summary>Applies a lifecycle change to the programme as read at <paramref name="version"/> (see <see cref="VersionedChange"/>).</summary>
    public Task<StoredChange<Programme>> ChangeAsync(Programme programme, string version, Func<Programme, Transition<Programme>> change, CancellationToken cancellationToken) =>
        VersionedChange.ApplyAsync(programme, version, change, (p, v, ct) => SaveAsync(p, v, ct), ct => GetVersionedAsync(programme.Id, ct), cancellationToken);
}
