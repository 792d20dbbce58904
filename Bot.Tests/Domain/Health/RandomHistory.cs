using FsCheck;
using FsCheck.Fluent;
using MentorBot.Dialogs.Domain.CheckIns;
using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Tests.Domain.CheckIns;

namespace MentorBot.Tests.Domain.Health;

/// <summary>
/// A random pair history rebuilt from its seed (FsCheck prints the seed of a failing case): random thresholds and
/// cadence, check-ins of both people sent and answered before <see cref="Now"/> (answers strictly before it), and
/// perhaps a booked meeting that ended; nobody paused, the programme open well past <see cref="Now"/>.
/// </summary>
internal sealed record RandomHistory(int Seed)
{
    public static Arbitrary<RandomHistory> Any { get; } = Arb.From(Gen.Choose(0, 1_000_000).Select(seed => new RandomHistory(seed)));

    public Programme Programme => Built.Programme;

    public Pair Pair => Built.Pair;

    public IReadOnlyList<CheckIn> CheckIns => Built.CheckIns;

    public DateTimeOffset Now => Built.Now;

    /// <summary>A second random source for what a property adds, independent of the history's own draws.</summary>
    public Random Extra => new(Seed ^ 0x5EED);

    private (Programme Programme, Pair Pair, IReadOnlyList<CheckIn> CheckIns, DateTimeOffset Now) Built => Build();

    public static Participant PersonOf(Random random) => random.Next(2) == 0 ? Sample.Mentee : Sample.Mentor;

    private (Programme, Pair, IReadOnlyList<CheckIn>, DateTimeOffset) Build()
    {
        var random = new Random(Seed);
        var programme = Sample.Programme with
        {
            MeetingCadence = (Cadence)random.Next(3),
            CheckInEveryDays = random.Next(7, 22),
            Nudges = new NudgeThresholds(random.Next(7, 41), random.Next(1, 11), random.Next(0, 5)),
        };
        var now = Sample.Started.AddMinutes(random.Next(60, 200 * 24 * 60));
        var span = (now - Sample.Started).TotalMinutes - 1;
        var checkIns = new List<CheckIn>();
        for (var i = random.Next(0, 11); i > 0; i--)
        {
            var sent = Sample.Started.AddMinutes(random.NextDouble() * span);
            var checkIn = Sample.CheckIn(PersonOf(random), sent);
            if (random.NextDouble() < 0.6)
            {
                var answeredAt = sent.AddMinutes(random.NextDouble() * 0.99 * (now - sent).TotalMinutes);
                var fit = random.Next(4) is var f && f == 3 ? (Fit?)null : (Fit)f;
                checkIn = checkIn.Answered(answeredAt, (Met)random.Next(3), random.Next(1, 6), (GoalProgress)random.Next(4), fit);
            }

            checkIns.Add(checkIn);
        }

        var pair = Sample.Pair;
        if (random.NextDouble() < 0.3)
        {
            var end = Sample.Started.AddMinutes(random.NextDouble() * span);
            pair = pair with { NextMeeting = new PairMeeting(end.AddHours(-1), end, "event", null) };
        }

        return (programme, pair, checkIns, now);
    }
}
