using MentorBot.Dialogs.Domain.CheckIns;
using MentorBot.Dialogs.Domain.Health;
using MentorBot.Dialogs.Domain.Nudges;
using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Domain.Participants;

namespace MentorBot.Dialogs.Domain.Digests;

/// <summary>Every started pair's health (<see cref="HealthRules"/>), and the ones that most need a lead.</summary>
internal static class PairHealth
{
    public sealed record Read(Pair Pair, Participant Mentee, Participant Mentor, IReadOnlyList<CheckIn> CheckIns, RelationshipHealth Health);

    /// <summary>The health of each pair that started and whose two people are still on record.</summary>
    public static IReadOnlyList<Read> Of(ProgrammeRecords records, People people, DateTimeOffset now)
    {
        var byPair = records.CheckIns.ToLookup(c => c.PairId, StringComparer.Ordinal);
        var result = new List<Read>();
        foreach (var pair in records.Pairs)
        {
            var mentee = people.Find(pair.MenteeTenantId, pair.MenteeId);
            var mentor = people.Find(pair.MentorTenantId, pair.MentorId);
            if (mentee is null || mentor is null)
                continue;
            var checkIns = byPair[pair.Id].ToList();
            if (HealthRules.Of(records.Programme, pair, mentee, mentor, checkIns, now) is { } health)
                result.Add(new Read(pair, mentee, mentor, checkIns, health));
        }

        return result;
    }

    /// <summary>
    /// Stalled, then at risk, then needing attention; within each, the longest quiet first (then by pair id, so the
    /// list is the same every time): the first <paramref name="count"/>, with what was tried, and how many there are.
    /// </summary>
    public static (IReadOnlyList<AtRiskPair> Shown, int Count) MostAtRisk(ProgrammeRecords records, IReadOnlyList<Read> health, DateTimeOffset now, int count)
    {
        var worrying = health
            .Where(h => h.Health.State is HealthState.NeedsAttention or HealthState.AtRisk or HealthState.Stalled)
            .Select(h => (Read: h, Quiet: QuietDays(h, now)))
            .ToList();
        var shown = worrying
            .OrderByDescending(w => w.Read.Health.State)
            .ThenByDescending(w => w.Quiet)
            .ThenBy(w => w.Read.Pair.Id, StringComparer.Ordinal)
            .Take(count)
            .ToList();
        var ids = shown.Select(w => w.Read.Pair.Id).ToHashSet(StringComparer.Ordinal);
        var nudges = records.Nudges.Where(n => ids.Contains(n.PairId)).ToLookup(n => n.PairId, StringComparer.Ordinal);
        var snoozes = records.Snoozes.Where(s => ids.Contains(s.PairId)).ToLookup(s => s.PairId, StringComparer.Ordinal);
        return ([.. shown.Select(w => new AtRiskPair(
            w.Read.Pair, w.Read.Mentee, w.Read.Mentor, w.Read.Health, w.Quiet,
            WhatWasTried.Of(w.Read.Pair, nudges[w.Read.Pair.Id], snoozes[w.Read.Pair.Id], now)))], worrying.Count);
    }

    // Days since the last meeting or the start, as health counts them; none while a meeting is booked ahead.
    private static int QuietDays(Read read, DateTimeOffset now) =>
        Silence.QuietSince(read.Pair, read.Pair.AcceptedAt ?? now, read.CheckIns, now) is { } since ? Math.Max(0, (int)Math.Floor((now - since).TotalDays)) : 0;
}
