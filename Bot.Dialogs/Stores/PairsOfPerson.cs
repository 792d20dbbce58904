namespace MentorBot.Dialogs.Stores;

/// <summary>Every pair a person is or was in, in every programme they joined: where their pair-keyed data lives.</summary>
internal static class PairsOfPerson
{
    public static async Task<List<(string ProgrammeId, string PairId)>> ReadAsync(ParticipantStore participants, PairStore pairs, string tenantId, string userObjectId, CancellationToken cancellationToken)
    {
        var result = new List<(string, string)>();
        foreach (var programmeId in await participants.ProgrammeIdsOfAsync(tenantId, userObjectId, cancellationToken))
            result.AddRange((await pairs.InProgrammeAsync(programmeId, cancellationToken)).Where(p => p.Involves(userObjectId)).Select(p => (programmeId, p.Id)));
        return result;
    }
}
