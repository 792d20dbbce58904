using FsCheck;
using FsCheck.Fluent;
using MentorBot.Dialogs.Domain.Nudges;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Tests.Domain.CheckIns;
using MentorBot.Tests.Domain.Health;

namespace MentorBot.Tests.Domain.Nudges;

/// <summary>
/// A random pair history (see <see cref="RandomHistory"/>) rebuilt from its seed, with random working hours and time
/// zones for both people and for one of two leads, perhaps a pause with an end date, perhaps a snooze; nothing sent yet.
/// </summary>
internal sealed record RandomSituation(int Seed)
{
    private static readonly string[] Zones = ["Europe/Paris", "America/New_York", "Asia/Kolkata", "Pacific/Auckland", "Etc/UTC", "Asia/Kathmandu", "America/Sao_Paulo"];

    public static Arbitrary<RandomSituation> Any { get; } = Arb.From(Gen.Choose(0, 1_000_000).Select(seed => new RandomSituation(seed)));

    public RandomHistory History => new(Seed);

    public DateTimeOffset Now => History.Now;

    public NudgeSituation Situation => Build();

    /// <summary>A second random source for what a property adds, independent of the situation's own draws.</summary>
    public Random Extra => new(Seed ^ 0x0DD5);

    public static WorkingHours Hours(Random random)
    {
        var start = random.Next(6, 12);
        var days = Enum.GetValues<DayOfWeek>().Where(_ => random.Next(3) > 0).ToList();
        return new WorkingHours(new TimeOnly(start, random.Next(2) * 30), new TimeOnly(start + random.Next(3, 10), 0), days.Count == 0 ? [DayOfWeek.Wednesday] : days, Zones[random.Next(Zones.Length)]);
    }

    private NudgeSituation Build()
    {
        var random = new Random(Seed ^ 0x7A1E);
        var history = History;
        var mentee = Sample.Mentee with { WorkingHours = Hours(random) };
        var mentor = Sample.Mentor with { WorkingHours = random.Next(5) == 0 ? null : Hours(random) };
        if (random.Next(4) == 0)
        {
            var until = DateOnly.FromDateTime(history.Now.UtcDateTime).AddDays(random.Next(-10, 40));
            if (random.Next(2) == 0)
                mentee = mentee with { Status = ParticipantStatus.Paused, PausedUntil = until };
            else
                mentor = mentor with { Status = ParticipantStatus.Paused, PausedUntil = until };
        }

        List<Snooze> snoozes = random.Next(3) == 0 ? [NudgeSample.SnoozeBy(random.Next(2) == 0 ? mentee : mentor, history.Now.AddDays(-random.Next(0, 10)), random.Next(1, 31))] : [];
        var leadHours = new Dictionary<string, WorkingHours>();
        if (random.Next(2) == 0)
            leadHours["lead"] = Hours(random);
        return new NudgeSituation
        {
            Programme = history.Programme with { Leads = ["lead", "lead2"] },
            Pair = history.Pair,
            Mentee = mentee,
            Mentor = mentor,
            CheckIns = history.CheckIns,
            Snoozes = snoozes,
            LeadHours = leadHours,
        };
    }
}
