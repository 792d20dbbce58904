using MentorBot.Dialogs.Abstractions.Privacy;

namespace MentorBot.Dialogs.Stores;

/// <summary>
/// A user's check-ins and answers, in every pair they are or were in. `my data` shows only their own (the partner's
/// answers are the partner's, never shown to them). Erasing removes their check-ins and also the partner's check-ins
/// about the pair: those rows are keyed by the pair, whose id names the one who leaves, as the pair record itself is
/// erased for the same reason.
/// </summary>
public sealed class CheckInPersonalData(ParticipantStore participants, PairStore pairs, CheckInStore checkIns) : IPersonalDataSource
{
    public string CategoryKey => "DataCategoryCheckIns";

    public async Task<IReadOnlyList<string>> ExportAsync(string tenantId, string userObjectId, CancellationToken cancellationToken)
    {
        var result = new List<string>();
        foreach (var (programmeId, pairId) in await PairsOfAsync(tenantId, userObjectId, cancellationToken))
        {
            result.AddRange((await checkIns.ForPersonAsync(programmeId, pairId, tenantId, userObjectId, cancellationToken)).Select(StoreJson.Write));
        }

        return result;
    }

    public async Task<int> EraseAsync(string tenantId, string userObjectId, CancellationToken cancellationToken)
    {
        var erased = 0;
        foreach (var (programmeId, pairId) in await PairsOfAsync(tenantId, userObjectId, cancellationToken))
        {
            foreach (var person in (await checkIns.ForPairAsync(programmeId, pairId, cancellationToken)).Select(c => (c.TenantId, c.UserObjectId)).Distinct())
                erased += await checkIns.DeletePersonAsync(programmeId, pairId, person.TenantId, person.UserObjectId, cancellationToken);
        }

        return erased;
    }

    private Task<List<(string ProgrammeId, string PairId)>> PairsOfAsync(string tenantId, string userObjectId, CancellationToken cancellationToken) =>
        PairsOfPerson.ReadAsync(participants, pairs, tenantId, userObjectId, cancellationToken);
}
