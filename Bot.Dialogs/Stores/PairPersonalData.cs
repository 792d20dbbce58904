using MentorBot.Dialogs.Abstractions.Privacy;

namespace MentorBot.Dialogs.Stores;

/// <summary>
/// The pairs a user is or was in, mentee or mentor, in every programme they joined. Erasing removes the pair
/// records themselves: a pair is about two people, and it cannot be kept without naming the one who left.
/// </summary>
public sealed class PairPersonalData(ParticipantStore participants, PairStore pairs) : IPersonalDataSource
{
    public string CategoryKey => "DataCategoryPairs";

    public async Task<IReadOnlyList<string>> ExportAsync(string tenantId, string userObjectId, CancellationToken cancellationToken)
    {
        var result = new List<string>();
        foreach (var programmeId in await participants.ProgrammeIdsOfAsync(tenantId, userObjectId, cancellationToken))
        {
            result.AddRange((await pairs.InProgrammeAsync(programmeId, cancellationToken))
                .Where(p => p.Involves(userObjectId))
                .Select(p => StoreJson.Write(AsSeenBy(p, userObjectId))));
        }

        return result;
    }

    public async Task<int> EraseAsync(string tenantId, string userObjectId, CancellationToken cancellationToken)
    {
        var erased = 0;
        foreach (var programmeId in await participants.ProgrammeIdsOfAsync(tenantId, userObjectId, cancellationToken))
        {
            foreach (var pair in (await pairs.InProgrammeAsync(programmeId, cancellationToken)).Where(p => p.Involves(userObjectId)))
            {
                await pairs.DeleteAsync(programmeId, pair.Id, cancellationToken);
                erased++;
            }

            await pairs.DeleteReservationsAsync(programmeId, userObjectId, cancellationToken);
        }

        return erased;
    }

    // A mentor's reason for declining is for the leads, never for the mentee: it is the mentor's data, not theirs.
    private static Domain.Pairs.Pair AsSeenBy(Domain.Pairs.Pair pair, string userObjectId) =>
        string.Equals(pair.MentorId, userObjectId, StringComparison.OrdinalIgnoreCase) ? pair : pair with { DeclineReason = null };
}
