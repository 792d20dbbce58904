namespace MentorBot.Dialogs.Domain.Nudges;

/// <summary>How snoozes defer a pair's nudges: until the latest end among them; none holds back what is due after it.</summary>
public static class Snoozes
{
    /// <summary>When the pair may be nudged again: <see cref="DateTimeOffset.MinValue"/> when nothing is snoozed.</summary>
    public static DateTimeOffset EndOf(string pairId, IEnumerable<Snooze> snoozes) =>
        snoozes.Where(s => s.PairId == pairId).Select(s => s.Until).DefaultIfEmpty(DateTimeOffset.MinValue).Max();

    public static bool IsSnoozedAt(string pairId, IEnumerable<Snooze> snoozes, DateTimeOffset instant) => EndOf(pairId, snoozes) > instant;
}
