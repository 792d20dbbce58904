using System.Security.Cryptography;
using System.Text.Json;
using MentorBot.Dialogs.Abstractions.Privacy;
using MentorBot.Dialogs.Abstractions.Storage;

namespace MentorBot.Jobs;

/// <summary>
/// The offers that deadline jobs are waiting on, each under a random token: the token is all a job carries.
/// Hangfire keeps a job's arguments in its own storage (and in its history after the job ran), where "delete my
/// data" cannot reach; a pair id there would name both people (it is "mentee~mentor"). Here the link from token to
/// pair is ours to erase: erasing a person deletes their rows, and the job then finds nothing to do. (Deleting the
/// jobs instead would leave their arguments in Hangfire's deleted-job history until it expires.)
/// </summary>
public sealed class OfferDeadlineTokens(IEntityStore store) : IPersonalDataSource
{
    public const string TableName = "offerdeadlines";

    // One partition: a handful of open offers at a time, read whole only by erasure.
    private const string Partition = "offer";

    private IEntityTable Table => store.Table(TableName);

    public string CategoryKey => "DataCategoryOfferDeadlines";

    /// <summary>Stores the offer under a new random token, for the deadline job to carry.</summary>
    public async Task<string> IssueAsync(string programmeId, string pairId, CancellationToken cancellationToken)
    {
        var token = RandomNumberGenerator.GetHexString(32, lowercase: true);
        await Table.InsertAsync(new EntityWrite(Partition, token, JsonSerializer.Serialize(new OfferDeadline(programmeId, pairId))), cancellationToken);
        return token;
    }

    /// <summary>The offer a token stands for; null once it was redeemed or erased.</summary>
    public async Task<OfferDeadline?> FindAsync(string token, CancellationToken cancellationToken)
    {
        var row = await Table.GetAsync(Partition, token, cancellationToken);
        return row is null ? null : JsonSerializer.Deserialize<OfferDeadline>(row.Body);
    }

    public Task RedeemAsync(string token, CancellationToken cancellationToken) =>
        Table.DeleteAsync(Partition, token, ifMatch: null, cancellationToken);

    public async Task<IReadOnlyList<string>> ExportAsync(string tenantId, string userObjectId, CancellationToken cancellationToken) =>
        [.. (await OfAsync(userObjectId, cancellationToken)).Select(r => JsonSerializer.Serialize(r.Deadline))];

    public async Task<int> EraseAsync(string tenantId, string userObjectId, CancellationToken cancellationToken)
    {
        var rows = await OfAsync(userObjectId, cancellationToken);
        foreach (var (token, _) in rows)
            await Table.DeleteAsync(Partition, token, ifMatch: null, cancellationToken);
        return rows.Count;
    }

    private async Task<List<(string Token, OfferDeadline Deadline)>> OfAsync(string userObjectId, CancellationToken cancellationToken)
    {
        var rows = new List<(string, OfferDeadline)>();
        await foreach (var row in Table.QueryAsync(Partition, RowKeyRange.All, cancellationToken))
        {
            if (JsonSerializer.Deserialize<OfferDeadline>(row.Body) is { } deadline && deadline.Involves(userObjectId))
                rows.Add((row.RowKey, deadline));
        }

        return rows;
    }
}
