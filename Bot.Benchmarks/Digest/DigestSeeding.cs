using MentorBot.Dialogs.Abstractions.Storage;
using MentorBot.Dialogs.Stores;

namespace MentorBot.Benchmarks.Digest;

/// <summary>Writes a <see cref="DigestSeed"/> through the bot's own stores (so rows are exactly as the bot writes them), many at once.</summary>
internal static class DigestSeeding
{
    private const int AtOnce = 32;

    public static async Task WriteAsync(IEntityStore store, DigestSeed seed)
    {
        var options = new ParallelOptions { MaxDegreeOfParallelism = AtOnce };
        await new ProgrammeStore(store).SaveAsync(seed.Programme, null, CancellationToken.None);
        var participants = new ParticipantStore(store);
        await Parallel.ForEachAsync(seed.Participants, options, async (p, ct) => await participants.SaveAsync(p, ct));
        var pairs = new PairStore(store);
        await Parallel.ForEachAsync(seed.Pairs, options, async (p, ct) => await pairs.SaveAsync(p, null, ct));
        var checkIns = new CheckInStore(store);
        await Parallel.ForEachAsync(seed.CheckIns, options, async (c, ct) => await checkIns.TryCreateAsync(c, ct));
        var surveys = new SurveyStore(store);
        await Parallel.ForEachAsync(seed.Surveys, options, async (s, ct) => await surveys.TryCreateAsync(s, ct));
    }
}
