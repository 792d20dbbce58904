using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;

namespace MentorBot.Dialogs.Domain.CheckIns;

/// <summary>
/// What `check in` gives one person of a pair, whenever they ask (for example right after a meeting arranged outside
/// the bot): the check-in they have not answered yet, or a new one that counts as that period's. When a period has
/// come (a booked meeting ended, the interval came round) the new check-in takes that period's id, so a dispatcher
/// recording the same period finds it there and sends nothing more; before that it is a check-in of its own, and the
/// next interval counts from it, as from any check-in sent. A booked meeting still ahead keeps its own check-in.
/// </summary>
public static class AnyTimeCheckIn
{
    public static Decision Decide(Programme programme, Pair pair, Participant person, Participant partner, IReadOnlyCollection<CheckIn> earlier, DateTimeOffset now)
    {
        if (!programme.IsOpen || !pair.IsActive || pair.AcceptedAt is not { } started ||
            person.Status == ParticipantStatus.Left || partner.Status == ParticipantStatus.Left)
            return new Decision(Kind.PairNotActive);
        if (Pauses.IsPausedAt(person, now))
            return new Decision(Kind.YouArePaused) { PausedUntil = person.PausedUntil };
        if (Pauses.IsPausedAt(partner, now))
            return new Decision(Kind.PartnerIsPaused) { PausedUntil = partner.PausedUntil };

        var (period, _, from) = CheckInSchedule.NextPeriod(programme, pair, started, earlier);
        var latest = earlier.Count == 0 ? null : earlier.MaxBy(c => c.SentAt);
        if (from > now && latest is { IsAnswered: false })
            return new Decision(Kind.Current) { CheckIn = latest };

        var created = CheckIn.For(pair, person, from <= now ? period : CheckInPeriod.OnRequest(now), CheckInTrigger.OnRequest, now, now, FitQuestion.IsAsked(earlier));
        return new Decision(Kind.New) { CheckIn = created };
    }

    /// <summary>What to do.</summary>
    public enum Kind
    {
        /// <summary>Show <see cref="Decision.CheckIn"/>: the person's latest, not answered yet, and no new period has come.</summary>
        Current,

        /// <summary>Record <see cref="Decision.CheckIn"/> (insert-once: it may exist already) and show it.</summary>
        New,

        YouArePaused,
        PartnerIsPaused,
        PairNotActive,
    }

    /// <summary>The decision, the check-in it concerns, and the end of the pause that prevents one.</summary>
    public sealed record Decision(Kind What)
    {
        public CheckIn? CheckIn { get; init; }

        public DateOnly? PausedUntil { get; init; }
    }
}
