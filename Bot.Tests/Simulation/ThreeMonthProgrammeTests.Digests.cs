using MentorBot.Dialogs.Abstractions.Messaging;
using MentorBot.Dialogs.Conversations.Digests;
using MentorBot.Dialogs.Domain.Digests;
using MentorBot.Dialogs.Stores;

namespace MentorBot.Tests.Simulation;

/// <summary>
/// This part: the scheduled lead digests of three programmes (weekly to a lead's chat, monthly to two leads' chats on
/// their own clocks, weekly to a team channel on its first lead's clock), with the digest job's host down twice,
/// against <see cref="ExpectedDigests"/>.
/// </summary>
public sealed partial class ThreeMonthProgrammeTests
{
    private ExpectedDigests ExpectedDigests => run.Digests;

    private IReadOnlyList<(OutgoingMessage Message, DateTimeOffset At)> DigestsDelivered => Simulation.Delivered("digest");

    [Fact]
    public void TheRun_SendsExactlyTheExpectedDigests_AtTheExpectedRuns()
    {
        var sent = DigestsDelivered.Select(d => (d.Message.Key.Value, d.At)).OrderBy(d => d.Value, StringComparer.Ordinal).ToList();
        var expected = ExpectedDigests.All.Select(e => (e.Key, e.At)).OrderBy(e => e.Key, StringComparer.Ordinal).ToList();

        // 14 Mondays from 1 March to 31 May, three months for two leads, 13 Fridays less the one lost in the outage.
        Assert.Equal(14 + (3 * 2) + 12, expected.Count);
        Assert.Equal(expected, sent);
        Assert.Equal(0, Simulation.Messenger.Repeats);
    }

    [Fact]
    public void EveryDigest_ArrivesAtTheLocalHourOfItsDay_OrLaterInItsPeriodAfterAnOutage()
    {
        foreach (var digest in ExpectedDigests.All)
        {
            var local = TimeZoneInfo.ConvertTime(digest.At, TimeZoneInfo.FindSystemTimeZoneById(digest.Destination.TimeZone)).DateTime;
            var day = ExpectedDigests.DigestDay(digest.Destination, DateOnly.FromDateTime(local));
            Assert.Equal(digest.Period, ExpectedDigests.Period(digest.Destination.Monthly, DateOnly.FromDateTime(local)));
            var late = ThreeMonthProgramme.DigestOutages.Any(o => o.From <= digest.At && digest.At <= o.Until);
            if (late)
                Assert.True(local > day.ToDateTime(new TimeOnly(8, 0)), $"{digest.Key} at {local:O} local");
            else
                Assert.Equal(day.ToDateTime(new TimeOnly(8, 0)), local);
        }

        // The Monday digest missed on 12 April went out on the Wednesday, when the host was back, in the same week.
        Assert.Contains(ExpectedDigests.All, d => d.Key == "digest:p-sim:lead:2027-W15" && d.At == ThreeMonthProgramme.DigestOutages[0].Until);
    }

    [Fact]
    public void EachDestination_GetsOneDigestPerPeriod_AndAPeriodLostInAnOutageIsNeverSentLater()
    {
        Assert.All(DigestsDelivered.GroupBy(d => (d.Message.To, Period: d.Message.Key.Value[(d.Message.Key.Value.LastIndexOf(':') + 1)..])), g => Assert.Single(g));
        var channel = DigestsDelivered.Where(d => d.Message.To is ChannelPost).ToList();
        Assert.DoesNotContain(channel, d => d.Message.Key.Value.EndsWith(":2027-W18", StringComparison.Ordinal));
        Assert.Contains(channel, d => d.Message.Key.Value.EndsWith(":2027-W19", StringComparison.Ordinal));
    }

    [Fact]
    public void ChannelDigests_GoToTheChosenChannel_AndPersonalOnesToEachLeadsChat()
    {
        foreach (var (message, _) in DigestsDelivered)
        {
            if (message.Key.Value.StartsWith("digest:p-sim-channel:", StringComparison.Ordinal))
                Assert.Equal(Recipient.Channel(ThreeMonthProgramme.DigestTeam, ThreeMonthProgramme.DigestChannel), message.To);
            else
                Assert.Equal(message.Key.Value.Split(':')[2], Assert.IsType<PersonalChat>(message.To).UserObjectId);
            Assert.NotNull(message.Card);
        }
    }

    [Fact]
    public async Task EveryScheduledDigest_IsRecordedOnce_AndNoneIsLeftUnsent()
    {
        var store = Simulation.Service<ScheduledDigestStore>();
        var recorded = new List<Dialogs.Domain.Digests.ScheduledDigest>();
        foreach (var programme in ExpectedDigests.Destinations.Select(d => d.ProgrammeId).Distinct())
            recorded.AddRange(await store.InProgrammeAsync(programme, default));

        Assert.Equal(ExpectedDigests.All.Count, recorded.Count);
        Assert.DoesNotContain(recorded, d => d.AwaitsSending);
    }

    [Fact]
    public async Task TheDigestsReadModel_KeptCurrentByEveryWriteOfTheRun_SaysWhatAllTheRecordsSay()
    {
        var now = Simulation.Clock.GetUtcNow();
        var meetings = 0;
        foreach (var id in ExpectedDigests.Destinations.Select(d => d.ProgrammeId).Distinct())
        {
            // Built by the first digest of the run, then kept by three months of check-ins, answers, nudges, surveys
            // and pair changes, never rebuilt: what it says now must be what every record says.
            var programme = Assert.IsType<Dialogs.Domain.Programmes.Programme>(await Simulation.Service<ProgrammeStore>().GetAsync(id, default));
            var read = await Simulation.Service<DigestFactsStore>().ReadAsync(id, default);
            Assert.True(read.HasValue, $"the digest facts of {id} were built");
            var facts = read.Value;
            var fromFacts = DigestFigures.Of(ProgrammeRecords.Of(programme, facts.Item1, facts.Item2), now);
            var fromRecords = DigestFigures.Of(await Simulation.Service<DigestReader>().ReadAsync(programme, default), now);

            Assert.Equal(fromRecords.Participants, fromFacts.Participants);
            Assert.Equal(fromRecords.PairsByHealth, fromFacts.PairsByHealth);
            Assert.Equal(fromRecords.MeetingsPerWeek, fromFacts.MeetingsPerWeek);
            Assert.Equal(fromRecords.MeetingsHeld, fromFacts.MeetingsHeld);
            Assert.Equal(fromRecords.CheckInResponseRate, fromFacts.CheckInResponseRate);
            Assert.Equal(fromRecords.Usefulness, fromFacts.Usefulness);
            Assert.Equal(fromRecords.RelationshipQuality, fromFacts.RelationshipQuality);
            Assert.Equal(fromRecords.WouldRecommend, fromFacts.WouldRecommend);
            Assert.Equal(fromRecords.Impact, fromFacts.Impact);
            Assert.Equal(fromRecords.AtRisk.Select(p => (p.Pair.Id, p.QuietDays, p.Tried.Count)), fromFacts.AtRisk.Select(p => (p.Pair.Id, p.QuietDays, p.Tried.Count)));
            meetings += fromRecords.MeetingsHeld;
        }

        // Not a comparison of two empty digests: the run's pairs met.
        Assert.True(meetings > 100, $"{meetings} meetings held");
    }
}
