using MentorBot.Dialogs.Abstractions.Storage;
using MentorBot.Dialogs.Domain.CheckIns;

namespace MentorBot.Dialogs.Stores;

/// <summary>
/// Check-ins, partitioned by programme: a digest or a health report reads one programme's check-ins in one partition
/// query. Row keys are pair | person | period, so one pair's, or one person's in a pair, are a range query, in time
/// order (periods start with their instant). Creating is insert-only, so a dispatcher run twice records one check-in;
/// answers are saved against a version, so a double press or a second device records one answer.
/// </summary>
public sealed class CheckInStore(IEntityStore store)
{
    public const string TableName = "checkins";

    private const char Separator = '|';

    private IEntityTable Table => store.Table(TableName);

    public static string RowKey(string pairId, string tenantId, string userObjectId, string period) =>
        string.Join(Separator, pairId, tenantId, userObjectId, period);

    public async Task<(CheckIn CheckIn, string Version)?> GetVersionedAsync(string programmeId, string pairId, string tenantId, string userObjectId, string period, CancellationToken cancellationToken)
    {
        if (!StoreIds.CanExist(programmeId) || !CanBePart(pairId) || !CanBePart(period) || !CanBePart(tenantId) || !CanBePart(userObjectId))
            return null;
        var entity = await Table.GetAsync(programmeId, RowKey(pairId, tenantId, userObjectId, period), cancellationToken);
        return entity is null ? null : (StoreJson.Read<CheckIn>(entity.Body), entity.ETag);
    }

    /// <summary>Every check-in of the programme (both people of every pair), in pair, person and time order.</summary>
    public Task<IReadOnlyList<CheckIn>> InProgrammeAsync(string programmeId, CancellationToken cancellationToken) =>
        QueryAsync(programmeId, RowKeyRange.All, cancellationToken);

    /// <summary>Both people's check-ins for one pair.</summary>
    public Task<IReadOnlyList<CheckIn>> ForPairAsync(string programmeId, string pairId, CancellationToken cancellationToken) =>
        CanBePart(pairId) ? QueryAsync(programmeId, RowKeyRange.Prefix(pairId + Separator), cancellationToken) : Task.FromResult<IReadOnlyList<CheckIn>>([]);

    /// <summary>One person's check-ins for one pair, oldest first.</summary>
    public Task<IReadOnlyList<CheckIn>> ForPersonAsync(string programmeId, string pairId, string tenantId, string userObjectId, CancellationToken cancellationToken) =>
        CanBePart(pairId) && CanBePart(tenantId) && CanBePart(userObjectId)
            ? QueryAsync(programmeId, RowKeyRange.Prefix(string.Join(Separator, pairId, tenantId, userObjectId) + Separator), cancellationToken)
            : Task.FromResult<IReadOnlyList<CheckIn>>([]);

    /// <summary>Records a check-in about to be sent; false when it exists already (another run recorded it first).</summary>
    public async Task<bool> TryCreateAsync(CheckIn checkIn, CancellationToken cancellationToken)
    {
        try
        {
            await Table.InsertAsync(Write(checkIn), cancellationToken);
            return true;
        }
        catch (EntityConflictException e) when (e.Reason == EntityConflictReason.AlreadyExists)
        {
            return false;
        }
    }

    /// <summary>Saves an answer only if the check-in is still at <paramref name="version"/>; false when someone else saved first.</summary>
    public async Task<bool> TrySaveAsync(CheckIn checkIn, string version, CancellationToken cancellationToken)
    {
        try
        {
            await Table.UpdateAsync(Write(checkIn), version, cancellationToken);
            return true;
        }
        catch (EntityConflictException)
        {
            return false;
        }
    }

    /// <summary>Erases one person's check-ins for one pair ("delete my data"); returns how many.</summary>
    public async Task<int> DeletePersonAsync(string programmeId, string pairId, string tenantId, string userObjectId, CancellationToken cancellationToken)
    {
        var theirs = await ForPersonAsync(programmeId, pairId, tenantId, userObjectId, cancellationToken);
        foreach (var checkIn in theirs)
            await Table.DeleteAsync(programmeId, Key(checkIn), ifMatch: null, cancellationToken);
        return theirs.Count;
    }

    private static string Key(CheckIn c) => RowKey(c.PairId, c.TenantId, c.UserObjectId, c.Period);

    private static EntityWrite Write(CheckIn checkIn)
    {
        if (!new[] { checkIn.PairId, checkIn.TenantId, checkIn.UserObjectId, checkIn.Period }.All(CanBePart))
            throw new ArgumentException($"A check-in's pair, person and period must not be empty nor hold '{Separator}'.", nameof(checkIn));
        return new(checkIn.ProgrammeId, Key(checkIn), StoreJson.Write(checkIn));
    }

    // A part holding the separator could read as another person's range; such an id is never stored.
    private static bool CanBePart(string? id) => StoreIds.CanExist(id) && !id!.Contains(Separator, StringComparison.Ordinal);

    private async Task<IReadOnlyList<CheckIn>> QueryAsync(string programmeId, RowKeyRange range, CancellationToken cancellationToken)
    {
        var result = new List<CheckIn>();
        if (!StoreIds.CanExist(programmeId))
            return result;
        await foreach (var entity in Table.QueryAsync(programmeId, range, cancellationToken))
            result.Add(StoreJson.Read<CheckIn>(entity.Body));
        return result;
    }
}
