using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using MentorBot.Dialogs.Abstractions.Privacy;
using MentorBot.Dialogs.Abstractions.Programmes;
using MentorBot.Dialogs.Abstractions.Storage;

namespace MentorBot.Jobs;

/// <summary>
/// The lead requests that background jobs are waiting on, each under a random token, which is all a job carries
/// (as <see cref="OfferDeadlineTokens"/> does): a request names the lead and holds the addresses they pasted, and
/// Hangfire's storage is out of reach of "delete my data". A row lives until its job finished. A request the job
/// storage could not take is kept here too, marked, until <see cref="LeadRequestSweepJob"/> queues it.
/// </summary>
public sealed class LeadRequestTokens(IEntityStore store) : IPersonalDataSource
{
    public const string TableName = "leadrequests";

    // One partition: a few requests at a time, read whole only by "my data" and erasure.
    private const string Partition = "request";

    // The tokens of requests kept because the job storage could not take them (see KeepAsync); a token is no personal data.
    private const string KeptPartition = "kept";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private IEntityTable Table => store.Table(TableName);

    public string CategoryKey => "DataCategoryLeadRequests";

    public async Task<string> IssueAsync(LeadRequest request, CancellationToken cancellationToken)
    {
        var token = RandomNumberGenerator.GetHexString(32, lowercase: true);
        await Table.InsertAsync(new EntityWrite(Partition, token, JsonSerializer.Serialize(request, Json)), cancellationToken);
        return token;
    }

    /// <summary>The request a token stands for; null once it was redeemed or erased.</summary>
    public async Task<LeadRequest?> FindAsync(string token, CancellationToken cancellationToken)
    {
        var row = await Table.GetAsync(Partition, token, cancellationToken);
        return row is null ? null : JsonSerializer.Deserialize<LeadRequest>(row.Body, Json);
    }

    public Task RedeemAsync(string token, CancellationToken cancellationToken) =>
        Table.DeleteAsync(Partition, token, ifMatch: null, cancellationToken);

    /// <summary>Marks an issued request whose job the job storage could not take, for <see cref="LeadRequestSweepJob"/> to queue later.</summary>
    public Task KeepAsync(string token, CancellationToken cancellationToken) =>
        Table.UpsertAsync(new EntityWrite(KeptPartition, token, "{}"), cancellationToken);

    /// <summary>The tokens of the kept requests.</summary>
    public async Task<IReadOnlyList<string>> KeptAsync(CancellationToken cancellationToken)
    {
        var tokens = new List<string>();
        await foreach (var row in Table.QueryAsync(KeptPartition, RowKeyRange.All, cancellationToken))
            tokens.Add(row.RowKey);
        return tokens;
    }

    /// <summary>Unmarks a kept request: its job is queued now, or it was erased.</summary>
    public Task ReleaseAsync(string token, CancellationToken cancellationToken) =>
        Table.DeleteAsync(KeptPartition, token, ifMatch: null, cancellationToken);

    public async Task<IReadOnlyList<string>> ExportAsync(string tenantId, string userObjectId, CancellationToken cancellationToken) =>
        [.. (await OfAsync(tenantId, userObjectId, cancellationToken)).Select(r => r.Body)];

    public async Task<int> EraseAsync(string tenantId, string userObjectId, CancellationToken cancellationToken)
    {
        var rows = await OfAsync(tenantId, userObjectId, cancellationToken);
        foreach (var row in rows)
        {
            await Table.DeleteAsync(Partition, row.RowKey, ifMatch: null, cancellationToken);
            await ReleaseAsync(row.RowKey, cancellationToken);
        }

        return rows.Count;
    }

    private async Task<List<StoredEntity>> OfAsync(string tenantId, string userObjectId, CancellationToken cancellationToken)
    {
        var rows = new List<StoredEntity>();
        await foreach (var row in Table.QueryAsync(Partition, RowKeyRange.All, cancellationToken))
        {
            if (JsonSerializer.Deserialize<LeadRequest>(row.Body, Json) is { } request
                && string.Equals(request.LeadId, userObjectId, StringComparison.OrdinalIgnoreCase)
                && string.Equals(request.TenantId, tenantId, StringComparison.OrdinalIgnoreCase))
                rows.Add(row);
        }

        return rows;
    }
}
