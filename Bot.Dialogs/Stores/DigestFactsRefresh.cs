using MentorBot.Dialogs.Abstractions.Storage;
using MentorBot.Dialogs.Domain.Digests;
using MentorBot.Dialogs.Domain.Participants;

namespace MentorBot.Dialogs.Stores;

/// <summary>
/// Computes one pair's facts, or one person's roster entry, again from the records as they are now, and saves them
/// against the version read before the records: a refresh that read older records than another loses the race and
/// reads again, so the last one saved always saw the last change.
/// </summary>
internal sealed class DigestFactsRefresh(IEntityStore records, TimeProvider time)
{
    private const int Attempts = 8;

    private readonly DigestFactsStore _facts = new(records);
    private readonly PairStore _pairs = new(records);
    private readonly ParticipantStore _participants = new(records);
    private readonly CheckInStore _checkIns = new(records);
    private readonly SurveyStore _surveys = new(records);
    private readonly NudgeStore _nudges = new(records);

    public async Task PairAsync(string programmeId, string pairId, CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            var version = await _facts.PairVersionAsync(programmeId, pairId, cancellationToken);
            var pair = await _pairs.GetAsync(programmeId, pairId, cancellationToken);
            if (pair is null)
            {
                if (version is null || await _facts.TryDeletePairAsync(programmeId, pairId, version, cancellationToken))
                    return;
                continue;
            }

            var facts = PairFacts.Of(
                pair,
                await _checkIns.ForPairAsync(programmeId, pairId, cancellationToken),
                await _surveys.ForPairAsync(programmeId, pairId, cancellationToken),
                await _nudges.ForPairAsync(programmeId, pairId, cancellationToken),
                await _nudges.SnoozesForPairAsync(programmeId, pairId, cancellationToken),
                time.GetUtcNow());
            if (await _facts.TrySavePairAsync(facts, version, cancellationToken))
                return;
        }

        throw new InvalidOperationException($"The digest facts of a pair of programme {programmeId} kept changing under {Attempts} refreshes.");
    }

    public async Task PersonAsync(string programmeId, string tenantId, string userObjectId, CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            var (people, version) = await _facts.BucketOfAsync(programmeId, tenantId, userObjectId, cancellationToken);
            var participant = await _participants.GetAsync(programmeId, tenantId, userObjectId, cancellationToken);
            var others = people.Where(p => !Same(p, tenantId, userObjectId)).ToList();
            var updated = participant is null ? others : [.. others, ProgrammeRecords.RosterEntry(participant)];
            if (participant is null && others.Count == people.Count)
                return;
            if (await _facts.TrySaveBucketAsync(programmeId, tenantId, userObjectId, updated, version, cancellationToken))
                return;
        }

        throw new InvalidOperationException($"The digest roster of programme {programmeId} kept changing under {Attempts} refreshes.");
    }

    public Task ForgetBuiltAsync(string programmeId, CancellationToken cancellationToken) => _facts.ForgetBuiltAsync(programmeId, cancellationToken);

    private static bool Same(Participant p, string tenantId, string userObjectId) =>
        string.Equals(p.TenantId, tenantId, StringComparison.OrdinalIgnoreCase) && string.Equals(p.UserObjectId, userObjectId, StringComparison.OrdinalIgnoreCase);
}
