using MentorBot.Dialogs.Abstractions.Privacy;

namespace MentorBot.Dialogs.Stores;

/// <summary>
/// The nudges, reminders and questions a user was sent and the snoozes they asked for, in every pair they are or were
/// in. `my data` shows their own. Erasing removes every nudge and snooze of those pairs (the partner's and the leads'
/// escalations too): their rows are keyed by the pair, whose id names the one who leaves, as with check-ins.
/// </summary>
public sealed class NudgePersonalData(ParticipantStore participants, PairStore pairs, NudgeStore nudges) : IPersonalDataSource
{
    public string CategoryKey => "DataCategoryNudges";

    public async Task<IReadOnlyList<string>> ExportAsync(string tenantId, string userObjectId, CancellationToken cancellationToken)
    {
        var result = new List<string>();
        foreach (var (programmeId, pairId) in await PairsOfAsync(tenantId, userObjectId, cancellationToken))
        {
            result.AddRange((await nudges.ForPairAsync(programmeId, pairId, cancellationToken)).Where(n => n.IsFor(tenantId, userObjectId)).Select(StoreJson.Write));
            result.AddRange((await nudges.SnoozesForPairAsync(programmeId, pairId, cancellationToken))
                .Where(s => string.Equals(s.ByTenantId, tenantId, StringComparison.OrdinalIgnoreCase) && string.Equals(s.ByUserObjectId, userObjectId, StringComparison.OrdinalIgnoreCase))
                .Select(StoreJson.Write));
        }

        return result;
    }

    public async Task<int> EraseAsync(string tenantId, string userObjectId, CancellationToken cancellationToken)
    {
        var erased = 0;
        foreach (var (programmeId, pairId) in await PairsOfAsync(tenantId, userObjectId, cancellationToken))
        {
            var people = (await nudges.ForPairAsync(programmeId, pairId, cancellationToken)).Select(n => (n.TenantId, n.UserObjectId))
                .Concat((await nudges.SnoozesForPairAsync(programmeId, pairId, cancellationToken)).Select(s => (TenantId: s.ByTenantId, UserObjectId: s.ByUserObjectId)))
                .Distinct();
            foreach (var person in people)
                erased += await nudges.DeletePersonAsync(programmeId, pairId, person.TenantId, person.UserObjectId, cancellationToken);
        }

        return erased;
    }

    private Task<List<(string ProgrammeId, string PairId)>> PairsOfAsync(string tenantId, string userObjectId, CancellationToken cancellationToken) =>
        PairsOfPerson.ReadAsync(participants, pairs, tenantId, userObjectId, cancellationToken);
}
