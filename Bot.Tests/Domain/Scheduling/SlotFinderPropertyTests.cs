using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Domain.Scheduling;

namespace MentorBot.Tests.Domain.Scheduling;

/// <summary>
/// Seeded random searches (zones with whole, half and quarter-hour offsets, dates across daylight-saving changes,
/// random busy blocks) checked against an oracle written independently of the finder: every slot it offers is
/// inside both people's working hours on their own clocks, free, in the future and within the horizon; and it
/// offers as many days as there are free days, up to the maximum.
/// </summary>
public sealed class SlotFinderPropertyTests
{
    private static readonly string[] Zones =
    [
        "Europe/Paris", "America/New_York", "Asia/Kolkata", "America/St_Johns", "Asia/Kathmandu", "Australia/Sydney",
        "Pacific/Auckland", "Asia/Tokyo", "Europe/London", "America/Los_Angeles", "America/Sao_Paulo", "Etc/UTC",
    ];

    private static readonly TimeSpan Grain = TimeSpan.FromMinutes(15);

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 300)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void EverySlot_IsInsideBothWorkingHours_FreeAndAhead_AndTheOfferCoversTheFreeDays(int seed)
    {
        var search = RandomSearch(new Random(seed));
        var oracle = new Oracle(search);

        var slots = SlotFinder.Find(search);

        foreach (var slot in slots)
            Assert.True(oracle.Problem(slot) is null, $"Seed {seed}: {slot} {oracle.Problem(slot)}; {search}");
        Assert.True(slots.Count <= search.MaxSlots, $"Seed {seed}: {slots.Count} slots.");
        Assert.All(slots.GroupBy(oracle.DayOf), day => Assert.True(day.Count() <= search.MaxPerDay, $"Seed {seed}: {day.Count()} slots on {day.Key}."));
        Assert.True(slots.Zip(slots.Skip(1)).All(p => p.First.End <= p.Second.Start), $"Seed {seed}: slots overlap or are out of order.");

        var freeDays = oracle.FreeDays();
        var offeredDays = slots.Select(oracle.DayOf).Distinct().ToList();
        Assert.Equal(freeDays.Keys.Take(search.MaxSlots), offeredDays.Order());
        foreach (var day in offeredDays)
            Assert.Equal(freeDays[day][0].Start, slots.Where(s => oracle.DayOf(s) == day).Min(s => s.Start));
        Assert.Equal(Math.Min(search.MaxSlots, freeDays.Values.Sum(oracle.Capacity)), slots.Count);
    }

    private static SlotSearch RandomSearch(Random random)
    {
        var now = new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(random.Next(0, 365 * 24 * 60));
        var busy = Enumerable.Range(0, random.Next(0, 60))
            .Select(_ => now.AddMinutes(random.Next(-24 * 60, 21 * 24 * 60)))
            .Select(start => new TimeRange(start, start.AddMinutes(random.Next(5, 6 * 60))))
            .ToList();
        return new SlotSearch
        {
            Mentor = RandomHours(random),
            Mentee = RandomHours(random),
            Busy = busy,
            Now = now,
            Length = new[] { MeetingLength.ThirtyMinutes, MeetingLength.FortyFiveMinutes, MeetingLength.SixtyMinutes }[random.Next(3)],
            MinimumNotice = TimeSpan.FromMinutes(random.Next(0, 180)),
            HorizonWorkingDays = random.Next(3, 11),
            LastMeeting = random.Next(2) == 0 ? null : now.AddDays(-random.Next(0, 20)),
            Cadence = (Cadence)random.Next(3),
            MaxSlots = random.Next(3, 6),
            MaxPerDay = random.Next(1, 3),
        };
    }

    // Working hours between 06:00 and 23:00 on whole quarter hours: clocks change at night in every zone listed.
    private static WorkingHours RandomHours(Random random)
    {
        var start = new TimeOnly(6, 0).AddMinutes(15 * random.Next(0, 24));
        var end = start.AddMinutes(15 * random.Next(12, 41));
        var days = Enum.GetValues<DayOfWeek>().Where(_ => random.Next(4) > 0).ToList();
        return new WorkingHours(start, end, days.Count > 0 ? days : [DayOfWeek.Wednesday], Zones[random.Next(Zones.Length)]);
    }

    /// <summary>The rules, checked minute by minute on each person's clock, without the finder's code.</summary>
    private sealed class Oracle(SlotSearch search)
    {
        private readonly TimeZoneInfo _mentorZone = TimeZoneInfo.FindSystemTimeZoneById(search.Mentor.TimeZone);
        private readonly TimeZoneInfo _menteeZone = TimeZoneInfo.FindSystemTimeZoneById(search.Mentee.TimeZone);
        private readonly TimeSpan _length = TimeSpan.FromMinutes((int)search.Length);
        private readonly List<DateOnly> _horizon = Horizon(search);

        public DateOnly DayOf(TimeRange slot) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(slot.Start, _mentorZone).DateTime);

        public bool IsValid(TimeRange slot) => Problem(slot) is null;

        public string? Problem(TimeRange slot) =>
            slot.Duration != _length ? "has the wrong length"
            : slot.Start < search.Earliest ? "starts too early"
            : slot.Start.UtcTicks % Grain.Ticks != 0 ? "is not on a quarter hour"
            : !Inside(slot, search.Mentor, _mentorZone) ? "is outside the mentor's hours"
            : !Inside(slot, search.Mentee, _menteeZone) ? "is outside the mentee's hours"
            : !_horizon.Contains(DayOf(slot)) ? "is beyond the horizon"
            : search.Busy.Any(b => b.Start < slot.End && slot.Start < b.End) ? "overlaps a busy block"
            : null;

        /// <summary>Every valid slot, by the mentor's day, in order.</summary>
        public SortedDictionary<DateOnly, List<TimeRange>> FreeDays()
        {
            var days = new SortedDictionary<DateOnly, List<TimeRange>>();
            if (_horizon.Count == 0)
                return days;
            var first = new DateTimeOffset((search.Earliest.UtcTicks + Grain.Ticks - 1) / Grain.Ticks * Grain.Ticks, TimeSpan.Zero);
            var last = new DateTimeOffset(_horizon[^1].AddDays(2).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            for (var start = first; start < last; start += Grain)
            {
                var slot = new TimeRange(start, start + _length);
                if (!IsValid(slot))
                    continue;
                if (!days.TryGetValue(DayOf(slot), out var list))
                    days[DayOf(slot)] = list = [];
                list.Add(slot);
            }

            return days;
        }

        /// <summary>How many slots a day can give: one, or two when allowed and one fits beside the earliest.</summary>
        public int Capacity(List<TimeRange> day) =>
            search.MaxPerDay >= 2 && day.Any(s => s.Start >= day[0].End) ? 2 : 1;

        private static bool Inside(TimeRange slot, WorkingHours hours, TimeZoneInfo zone)
        {
            var start = TimeZoneInfo.ConvertTime(slot.Start, zone);
            var end = TimeZoneInfo.ConvertTime(slot.End, zone);
            return start.Date == end.Date
                && hours.Days.Contains(start.DayOfWeek)
                && TimeOnly.FromDateTime(start.DateTime) >= hours.Start
                && TimeOnly.FromDateTime(end.DateTime) <= hours.End;
        }

        // The mentor's next working days whose working hours have not ended by the earliest start.
        private static List<DateOnly> Horizon(SlotSearch search)
        {
            var zone = TimeZoneInfo.FindSystemTimeZoneById(search.Mentor.TimeZone);
            var days = new List<DateOnly>();
            for (var date = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(search.Earliest, zone).DateTime); days.Count < search.HorizonWorkingDays; date = date.AddDays(1))
            {
                var end = TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(search.Mentor.End), zone);
                if (search.Mentor.Days.Contains(date.DayOfWeek) && end > search.Earliest.UtcDateTime)
                    days.Add(date);
            }

            return days;
        }
    }
}
