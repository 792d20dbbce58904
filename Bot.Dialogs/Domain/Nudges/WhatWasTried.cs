using MentorBot.Dialogs.Domain.Pairs;

namespace MentorBot.Dialogs.Domain.Nudges;

/// <summary>
/// What was already tried for one pair, oldest first: what the escalation card, the digest and the at-risk list show
/// the lead, so they do not repeat what failed. Only what happened by the instant read counts.
/// </summary>
public static class WhatWasTried
{
    public static IReadOnlyList<Attempt> Of(Pair pair, IEnumerable<Nudge> nudges, IEnumerable<Snooze> snoozes, DateTimeOffset now)
    {
        var sent = nudges.Where(n => n.PairId == pair.Id && n.SentAt <= now).Select(n => new Attempt(n.Kind, n.Role, n.SentAt)
        {
            Response = n.RespondedAt <= now ? n.Response : null,
            RespondedAt = n.RespondedAt <= now ? n.RespondedAt : null,
        });
        var snoozed = snoozes.Where(s => s.PairId == pair.Id && s.At <= now).Select(s => new Attempt(null, RoleOf(pair, s), s.At) { SnoozedUntil = s.Until });
        return [.. sent.Concat(snoozed).OrderBy(a => a.At).ThenBy(a => a.Kind)];
    }

    /// <summary>The last <paramref name="count"/> attempts: what fits on a card.</summary>
    public static IReadOnlyList<Attempt> Latest(IReadOnlyList<Attempt> attempts, int count) => [.. attempts.TakeLast(count)];

    private static Participants.Role? RoleOf(Pair pair, Snooze snooze) =>
        string.Equals(snooze.ByUserObjectId, pair.MenteeId, StringComparison.OrdinalIgnoreCase) ? Participants.Role.Mentee
        : string.Equals(snooze.ByUserObjectId, pair.MentorId, StringComparison.OrdinalIgnoreCase) ? Participants.Role.Mentor
        : null;
}
