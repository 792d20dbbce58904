using System.Security.Cryptography;
using System.Text;
using MentorBot.Dialogs.Abstractions.Storage;
using MentorBot.Dialogs.Domain.Digests;

namespace MentorBot.Dialogs.Stores;

/// <summary>
/// The scheduled digests recorded so far, partitioned by programme; row key period | destination hash. Creating is
/// insert-only, so two runs or two servers record (and compose) a period's digest for a destination once.
/// </summary>
public sealed class ScheduledDigestStore(IEntityStore store)
{
    public const string TableName = "scheduleddigests";

    private readonly ProgrammeRows<ScheduledDigest> _rows = new(
        store.Table(TableName), d => d.ProgrammeId, d => [d.Period, d.Destination], StoreJson.Write, StoreJson.Read<ScheduledDigest>);

    /// <summary>What a destination's address is recorded as: a hash, so that the record names nobody.</summary>
    public static string DestinationOf(string address) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(address)))[..32];

    public Task<(ScheduledDigest Row, string Version)?> GetVersionedAsync(string programmeId, string period, string destination, CancellationToken cancellationToken) =>
        _rows.GetVersionedAsync(programmeId, [period, destination], cancellationToken);

    public Task<IReadOnlyList<ScheduledDigest>> InProgrammeAsync(string programmeId, CancellationToken cancellationToken) =>
        _rows.QueryAsync(programmeId, cancellationToken);

    /// <summary>Records a digest about to be sent; false when it exists already.</summary>
    public Task<bool> TryCreateAsync(ScheduledDigest digest, CancellationToken cancellationToken) => _rows.TryCreateAsync(digest, cancellationToken);

    public Task<bool> TrySaveAsync(ScheduledDigest digest, string version, CancellationToken cancellationToken) => _rows.TrySaveAsync(digest, version, cancellationToken);
}
