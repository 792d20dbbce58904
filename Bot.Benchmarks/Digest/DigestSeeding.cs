using MentorBot.Dialogs.Abstractions.Storage;
using MentorBot.Dialogs.Conversations.Digests;
using MentorBot.Dialogs.Domain.Digests;
using MentorBot.Dialogs.Stores;

namespace MentorBot.Benchmarks.Digest;

/// <summary>
/// Writes a <see cref="DigestSeed"/> as the bot stores it: people, pairs and surveys through the bot's own stores; the
/// year of check-ins in batches of a hundred rows (the bot's row keys and bodies), as inserting them one by one takes
/// most of an hour at 10,000 pairs; and the digest's read model, computed from the seeded records by the same code that
/// builds it in the bot (<see cref="DigestReader.Build"/>) — the simulation proves the bot's writes keep it equal to that.
/// </summary>
internal static class DigestSeeding
{
    private const int AtOnce = 16;

    public static async Task WriteAsync(IEntityStore store, DigestSeed seed)
    {
        var options = new ParallelOptions { MaxDegreeOfParallelism = AtOnce };
        await new ProgrammeStore(store).SaveAsync(seed.Programme, null, CancellationToken.None);
        var participants = new ParticipantStore(store);
        await Parallel.ForEachAsync(seed.Participants, options, async (p, ct) => await participants.SaveAsync(p, ct));
        var pairs = new PairStore(store);
        await Parallel.ForEachAsync(seed.Pairs, options, async (p, ct) => await pairs.SaveAsync(p, null, ct));
        var surveys = new SurveyStore(store);
        await Parallel.ForEachAsync(seed.Surveys, options, async (s, ct) => await surveys.TryCreateAsync(s, ct));

        var checkIns = store.Table(CheckInStore.TableName);
        var batches = seed.CheckIns
            .Select(c => BatchOperation.Insert(new EntityWrite(c.ProgrammeId, CheckInStore.RowKey(c.PairId, c.TenantId, c.UserObjectId, c.Period), StoreJson.Write(c))))
            .Chunk(EntityLimits.MaxBatchOperations);
        await Parallel.ForEachAsync(batches, options, async (batch, ct) => await checkIns.SubmitBatchAsync(batch, ct));

        var records = new ProgrammeRecords { Programme = seed.Programme, Participants = seed.Participants, Pairs = seed.Pairs, CheckIns = seed.CheckIns, Surveys = seed.Surveys };
        var (roster, facts) = DigestReader.Build(records, seed.Now);
        await new DigestFactsStore(store).WriteAllAsync(seed.Programme.Id, roster, facts, seed.Now, CancellationToken.None);
    }
}
