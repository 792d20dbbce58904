using MentorBot.Dialogs.Abstractions.Privacy;

namespace MentorBot.Dialogs.Stores;

/// <summary>
/// A user's feedback surveys and answers, in every pair they are or were in. `my data` shows only their own (the
/// partner's answers are the partner's, never shown to them). Erasing removes theirs and also the partner's surveys
/// about the pair: those rows are keyed by the pair, whose id names the one who leaves, as with check-ins.
/// </summary>
public sealed class SurveyPersonalData(ParticipantStore participants, PairStore pairs, SurveyStore surveys) : IPersonalDataSource
{
    public string CategoryKey => "DataCategorySurveys";

    public async Task<IReadOnlyList<string>> ExportAsync(string tenantId, string userObjectId, CancellationToken cancellationToken)
    {
        var result = new List<string>();
        foreach (var (programmeId, pairId) in await PairsOfAsync(tenantId, userObjectId, cancellationToken))
            result.AddRange((await surveys.ForPersonAsync(programmeId, pairId, tenantId, userObjectId, cancellationToken)).Select(StoreJson.Write));

        return result;
    }

    public async Task<int> EraseAsync(string tenantId, string userObjectId, CancellationToken cancellationToken)
    {
        var erased = 0;
        foreach (var (programmeId, pairId) in await PairsOfAsync(tenantId, userObjectId, cancellationToken))
        {
            foreach (var person in (await surveys.ForPairAsync(programmeId, pairId, cancellationToken)).Select(s => (s.TenantId, s.UserObjectId)).Distinct())
                erased += await surveys.DeletePersonAsync(programmeId, pairId, person.TenantId, person.UserObjectId, cancellationToken);
        }

        return erased;
    }

    private Task<List<(string ProgrammeId, string PairId)>> PairsOfAsync(string tenantId, string userObjectId, CancellationToken cancellationToken) =>
        PairsOfPerson.ReadAsync(participants, pairs, tenantId, userObjectId, cancellationToken);
}
