using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Domain.Participants;

namespace MentorBot.Tests.Simulation;

/// <summary>How a simulated pair behaves over the programme.</summary>
public enum PairBehaviour
{
    /// <summary>Meets every two weeks through meetings booked as "find a time" books them, and answers every check-in.</summary>
    BookedMeetings,

    /// <summary>Meets outside the bot: no booked meetings, answers every check-in "we met".</summary>
    MeetsOutside,

    /// <summary>Never meets, never answers.</summary>
    Silent,

    /// <summary>Answers as <see cref="MeetsOutside"/>, but one of them pauses for four weeks part-way.</summary>
    PausedPartWay,
}

/// <summary>
/// One pair of the simulation and everything scripted about it: its people, when it started, its booked meetings
/// and its pause. The scenario is the input both the run and the independent expectations read.
/// </summary>
public sealed record SimulatedPair(int Index, PairBehaviour Behaviour, Participant Mentee, Participant Mentor, DateTimeOffset Started)
{
    public static readonly TimeSpan AnswerDelay = TimeSpan.FromHours(2);

    public string Id => Pair.IdFor(Mentee.UserObjectId, Mentor.UserObjectId);

    public Participant Pauser => Index % 2 == 0 ? Mentee : Mentor;

    /// <summary>When the pause is set (paused pairs): a month in.</summary>
    public DateTimeOffset PauseSetAt => Midnight(Started).AddDays(30).AddHours(11);

    /// <summary>The date the pause lasts until (paused pairs): four weeks after it was set.</summary>
    public DateOnly PausedUntil => DateOnly.FromDateTime(PauseSetAt.UtcDateTime.AddDays(28));

    public bool Answers => Behaviour != PairBehaviour.Silent;

    /// <summary>Half the silent pairs: their mentee presses Snooze a week an hour after each no-meeting nudge arrives.</summary>
    public bool SnoozesNudges => Behaviour == PairBehaviour.Silent && Index % 8 == 2;

    public int Usefulness => Index % 8 < 4 ? 4 : 2;

    public bool ReportsNoGoalProgress => Index % 5 == 0;

    /// <summary>The booked meeting the pair holds at <paramref name="now"/>: the k-th is booked five days before it starts.</summary>
    public PairMeeting? MeetingAt(DateTimeOffset now)
    {
        if (Behaviour != PairBehaviour.BookedMeetings)
            return null;
        PairMeeting? held = null;
        for (var k = 0; ; k++)
        {
            var start = Midnight(Started).AddDays(10 + (14 * k)).AddHours(14 + (Index % 5));
            if (start.AddDays(-5) > now)
                return held;
            held = new PairMeeting(start, start.AddHours(1), $"event-{Index}-{k}", null) { Sequence = k + 1 };
        }
    }

    private static DateTimeOffset Midnight(DateTimeOffset instant) => new(instant.UtcDateTime.Date, TimeSpan.Zero);
}
