using MentorBot.Dialogs.Abstractions.Storage;
using MentorBot.Dialogs.Conversations.Digests;
using MentorBot.Dialogs.Domain.Digests;
using MentorBot.Dialogs.Localization;
using MentorBot.Dialogs.Stores;

namespace MentorBot.Benchmarks.Digest;

/// <summary>
/// One digest build as the bot does it (the read model's partition query, the figures, the card), and whether its
/// figures equal those computed directly from the seeded records in memory.
/// </summary>
internal static class DigestBuild
{
    /// <summary>What is timed and counted: the card as the `digest` command builds it. Returns its size in bytes.</summary>
    public static async Task<int> ComposeAsync(IEntityStore store, DigestSeed seed, Localizer text)
    {
        var (_, card) = await Composer(store).ComposeAsync(seed.Programme, text, seed.Now, CancellationToken.None);
        return System.Text.Encoding.UTF8.GetByteCount(card?.ToJsonString() ?? string.Empty);
    }

    /// <summary>Where the time goes, measured once outside the timed runs: the read model's query, then the figures.</summary>
    public static async Task<(TimeSpan Read, TimeSpan Figures)> SplitAsync(IEntityStore store, DigestSeed seed)
    {
        var reader = Reader(store);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var records = await reader.ReadFactsAsync(seed.Programme, seed.Now, CancellationToken.None);
        var read = watch.Elapsed;
        watch.Restart();
        DigestFigures.Of(records, seed.Now);
        return (read, watch.Elapsed);
    }

    /// <summary>Checked once, outside the timing: the figures read from the store equal those computed from the seed.</summary>
    public static async Task<bool> MatchesDirectAsync(IEntityStore store, DigestSeed seed)
    {
        var read = await Composer(store).FiguresAsync(seed.Programme, seed.Now, CancellationToken.None);
        var direct = DigestFigures.Of(new ProgrammeRecords { Programme = seed.Programme, Participants = seed.Participants, Pairs = seed.Pairs, CheckIns = seed.CheckIns, Surveys = seed.Surveys }, seed.Now);
        if (Same(read, direct))
            return true;
        Console.WriteLine($"read:   {Describe(read)}");
        Console.WriteLine($"direct: {Describe(direct)}");
        return false;
    }

    private static string Describe(DigestFigures f) =>
        $"people {string.Join(",", f.Participants)}; health {string.Join(",", f.PairsByHealth)}; weeks {string.Join(",", f.MeetingsPerWeek.Select(w => w.Meetings))}; held {f.MeetingsHeld}; " +
        $"response {f.CheckInResponseRate}; usefulness {f.Usefulness}; quality {f.RelationshipQuality}; nps {f.WouldRecommend}; impact {string.Join(",", f.Impact)}; at risk {f.AtRiskCount} {string.Join(",", f.AtRisk.Select(p => p.Pair.Id))}; offers {f.Offers.Count}; unmatched {f.Unmatched.Count}";

    private static DigestReader Reader(IEntityStore store) =>
        new(new ParticipantStore(store), new PairStore(store), new CheckInStore(store), new SurveyStore(store), new NudgeStore(store), new DigestFactsStore(store));

    private static DigestComposer Composer(IEntityStore store) => new(Reader(store));

    // The figures compared by what a lead reads: every count and figure, and which pairs are at risk in which order.
    private static bool Same(DigestFigures a, DigestFigures b) =>
        a.Participants.SequenceEqual(b.Participants) && a.PairsByHealth.SequenceEqual(b.PairsByHealth) &&
        a.MeetingsPerWeek.SequenceEqual(b.MeetingsPerWeek) && a.MeetingsHeld == b.MeetingsHeld &&
        a.CheckInResponseRate == b.CheckInResponseRate && a.Usefulness == b.Usefulness &&
        a.RelationshipQuality == b.RelationshipQuality && a.WouldRecommend == b.WouldRecommend &&
        a.Impact.SequenceEqual(b.Impact) && a.AtRiskCount == b.AtRiskCount &&
        a.AtRisk.Select(p => p.Pair.Id).SequenceEqual(b.AtRisk.Select(p => p.Pair.Id)) &&
        a.Offers.Count == b.Offers.Count && a.Unmatched.Count == b.Unmatched.Count;
}
