using System.Text.Json;
using MentorBot.Dialogs.Abstractions.Directory;
using MentorBot.Dialogs.Abstractions.Privacy;
using MentorBot.Dialogs.Abstractions.Storage;

namespace MentorBot.Messaging;

/// <summary>
/// The UPNs and e-mail addresses of people who installed the bot, as Teams reports them, so a lead's invitation
/// by address finds people who can be messaged. Partitioned by tenant (an invitation looks up one tenant); the
/// row is the lower-cased address.
/// </summary>
public sealed class KnownPeople(IEntityStore store, ConversationReferences references) : IPeopleLookup, IContactLookup, IPersonalDataSource
{
    public const string TableName = "people";

    private IEntityTable Table => store.Table(TableName);

    public string CategoryKey => "DataCategoryAddresses";

    public async Task RememberAsync(string tenantId, string userObjectId, IEnumerable<string?> addresses, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.Serialize(new Entry(userObjectId));
        foreach (var address in addresses.Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a!.Trim().ToLowerInvariant()).Distinct())
        {
            if (address.Length <= 254)
                await Table.UpsertAsync(new EntityWrite(tenantId, address, body), cancellationToken);
        }
    }

    public async Task<KnownPerson?> FindAsync(string tenantId, string address, CancellationToken cancellationToken)
    {
        var key = address.Trim().ToLowerInvariant();
        if (key.Length is 0 or > 254)
            return null;
        var entity = await Table.GetAsync(tenantId, key, cancellationToken);
        var objectId = entity is null ? null : JsonSerializer.Deserialize<Entry>(entity.Body)?.ObjectId;
        if (objectId is null)
            return null;

        // The language of their chat with us, so the invitation reads in it.
        var reference = await references.GetAsync(tenantId, objectId, cancellationToken);
        return new KnownPerson(objectId, reference?.Locale);
    }

    /// <summary>A scan of the tenant's partition: asked once per booking or scheduling link, not per message.</summary>
    public async Task<Contact> FindByIdAsync(string tenantId, string userObjectId, CancellationToken cancellationToken)
    {
        var addresses = await AddressesOfAsync(tenantId, [userObjectId], cancellationToken);
        return new Contact(addresses.GetValueOrDefault(userObjectId), await LocaleOfAsync(tenantId, userObjectId, cancellationToken));
    }

    /// <summary>One scan of the tenant's partition for everyone asked (a circle's members), not one each.</summary>
    public async Task<IReadOnlyDictionary<string, string>> AddressesOfAsync(string tenantId, IReadOnlyCollection<string> userObjectIds, CancellationToken cancellationToken)
    {
        var rows = await RowsOfAsync(tenantId, userObjectIds.ToHashSet(StringComparer.Ordinal), cancellationToken);

        // Teams reports the UPN and the e-mail address; either invites the person, the first one found is enough.
        return rows.GroupBy(r => r.ObjectId).ToDictionary(g => g.Key, g => g.Select(r => r.Address).Order(StringComparer.Ordinal).First());
    }

    /// <summary>Every address stored for one person (Teams gives a UPN and an e-mail address).</summary>
    public async Task<IReadOnlyList<string>> AllAddressesOfAsync(string tenantId, string userObjectId, CancellationToken cancellationToken) =>
        [.. (await RowsOfAsync(tenantId, new HashSet<string>(StringComparer.Ordinal) { userObjectId }, cancellationToken)).Select(r => r.Address)];

    public async Task<string?> LocaleOfAsync(string tenantId, string userObjectId, CancellationToken cancellationToken) =>
        (await references.GetAsync(tenantId, userObjectId, cancellationToken))?.Locale;

    public async Task<IReadOnlyList<string>> ExportAsync(string tenantId, string userObjectId, CancellationToken cancellationToken) =>
        (await RowsOfAsync(tenantId, new HashSet<string>(StringComparer.Ordinal) { userObjectId }, cancellationToken)).Select(r => JsonSerializer.Serialize(new { address = r.Address })).ToList();

    // A scan of the tenant's partition: erasure is rare, and it must find rows even when nothing else remembers them.
    public async Task<int> EraseAsync(string tenantId, string userObjectId, CancellationToken cancellationToken)
    {
        var rows = await RowsOfAsync(tenantId, new HashSet<string>(StringComparer.Ordinal) { userObjectId }, cancellationToken);
        foreach (var row in rows)
            await Table.DeleteAsync(tenantId, row.Address, ifMatch: null, cancellationToken);
        return rows.Count;
    }

    private async Task<List<(string ObjectId, string Address)>> RowsOfAsync(string tenantId, HashSet<string> userObjectIds, CancellationToken cancellationToken)
    {
        var rows = new List<(string, string)>();
        await foreach (var entity in Table.QueryAsync(tenantId, RowKeyRange.All, cancellationToken))
        {
            if (JsonSerializer.Deserialize<Entry>(entity.Body)?.ObjectId is { } objectId && userObjectIds.Contains(objectId))
                rows.Add((objectId, entity.RowKey));
        }

        return rows;
    }

    private sealed record Entry(string ObjectId);
}
