using MentorBot.Dialogs.Abstractions.Storage;
using MentorBot.Dialogs.Domain.CheckIns;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Stores;
using MentorBot.Tests.Domain.CheckIns;

namespace MentorBot.Tests.Storage;

/// <summary>
/// The check-in repository on each entity-store provider: one programme per partition, one pair's or one person's
/// check-ins as a range in time order, a check-in created once however often the dispatcher runs, one answer per
/// version. Each test uses a programme of its own, so providers can share one server.
/// </summary>
public abstract class CheckInStoreContract : IDisposable
{
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromSeconds(45));
    private readonly string _programme = "p" + Guid.NewGuid().ToString("N");

    protected abstract IEntityStore Store { get; }

    private CancellationToken Ct => _timeout.Token;

    private CheckInStore CheckIns => new(Store);

    [Fact]
    public async Task ACheckIn_IsCreatedOnce_WhenTwoRunsRecordIt()
    {
        var first = Of(Sample.Mentee, 14);

        Assert.True(await CheckIns.TryCreateAsync(first, Ct));
        Assert.False(await CheckIns.TryCreateAsync(first with { AsksFit = false, DueAt = first.DueAt.AddHours(1) }, Ct));

        Assert.Equal((first.DueAt, true), Read(await CheckIns.ForPairAsync(_programme, first.PairId, Ct)));
    }

    [Fact]
    public async Task OnePersonsCheckIns_AreOneRangeInTimeOrder_AndAPairsAndAProgrammesArePartitionReads()
    {
        foreach (var checkIn in new[] { Of(Sample.Mentee, 28), Of(Sample.Mentor, 14), Of(Sample.Mentee, 14), Of(Sample.Mentee, 42), Of(Sample.Mentee, 14) with { PairId = "mentee~other" } })
            await CheckIns.TryCreateAsync(checkIn, Ct);
        await CheckIns.TryCreateAsync(Of(Sample.Mentee, 14) with { ProgrammeId = _programme + "x" }, Ct);

        var mine = await CheckIns.ForPersonAsync(_programme, Sample.Pair.Id, "t", "mentee", Ct);

        Assert.Equal([14, 28, 42], mine.Select(c => (c.SentAt - Sample.Started).Days));
        Assert.Equal(4, (await CheckIns.ForPairAsync(_programme, Sample.Pair.Id, Ct)).Count);
        Assert.Equal(5, (await CheckIns.InProgrammeAsync(_programme, Ct)).Count);
    }

    [Fact]
    public async Task ADoublePress_RecordsOneAnswer_AndTheLaterPressLoses()
    {
        var sent = Of(Sample.Mentee, 14);
        await CheckIns.TryCreateAsync(sent, Ct);
        var (onePhone, version) = (await Get(sent))!.Value;
        var (otherPhone, sameVersion) = (await Get(sent))!.Value;

        Assert.True(await CheckIns.TrySaveAsync(onePhone.Answered(sent.SentAt.AddHours(1), usefulness: 5), version, Ct));
        Assert.False(await CheckIns.TrySaveAsync(otherPhone.Answered(sent.SentAt.AddHours(1), usefulness: 2), sameVersion, Ct));

        Assert.Equal(5, (await Get(sent))!.Value.CheckIn.Answer!.Usefulness);
    }

    [Fact]
    public async Task AnAnsweredCheckIn_ReadsBackAsItWasSaved()
    {
        var sent = Of(Sample.Mentor, 14) with { Trigger = CheckInTrigger.AfterMeeting };
        await CheckIns.TryCreateAsync(sent, Ct);
        var answer = new CheckInAnswer(Met.Yes, 4, [new GoalAnswer(sent.Goals[0].Id, GoalProgress.ALot)], "No time « à cause du projet »", true, Fit.StillDeciding, NextStep.FindATime);
        var (stored, version) = (await Get(sent))!.Value;
        await CheckIns.TrySaveAsync(stored.WithAnswer(answer, sent.SentAt.AddDays(1)), version, Ct);

        var read = (await Get(sent))!.Value.CheckIn;

        Assert.Equal(answer, read.Answer);
        Assert.Equal((sent.Goals, CheckInTrigger.AfterMeeting, Role.Mentor, sent.SentAt.AddDays(1)), (read.Goals, read.Trigger, read.Role, read.AnsweredAt!.Value), new GoalsComparer());
    }

    [Fact]
    public async Task IdsNoCheckInCanHave_AreNotFound_AndCannotBeWritten()
    {
        Assert.Null(await CheckIns.GetVersionedAsync(_programme, "a|b", "t", "mentee", "x", Ct));
        Assert.Null(await CheckIns.GetVersionedAsync(new string('p', 200), Sample.Pair.Id, "t", "mentee", "x", Ct));
        Assert.Empty(await CheckIns.ForPersonAsync(_programme, Sample.Pair.Id, "t|x", "mentee", Ct));
        await Assert.ThrowsAsync<ArgumentException>(() => CheckIns.TryCreateAsync(Of(Sample.Mentee, 14) with { Period = "a|b" }, Ct));
    }

    [Fact]
    public async Task DeletingOnePersonsCheckIns_LeavesTheirPartnersAlone()
    {
        foreach (var checkIn in new[] { Of(Sample.Mentee, 14), Of(Sample.Mentee, 28), Of(Sample.Mentor, 14) })
            await CheckIns.TryCreateAsync(checkIn, Ct);

        Assert.Equal(2, await CheckIns.DeletePersonAsync(_programme, Sample.Pair.Id, "t", "mentee", Ct));

        Assert.Equal(["mentor"], (await CheckIns.ForPairAsync(_programme, Sample.Pair.Id, Ct)).Select(c => c.UserObjectId));
    }

    public virtual void Dispose()
    {
        _timeout.Dispose();
        GC.SuppressFinalize(this);
    }

    private static (DateTimeOffset, bool) Read(IReadOnlyList<CheckIn> stored) => (stored.Single().DueAt, stored.Single().AsksFit);

    private CheckIn Of(Participant person, int day) => Sample.CheckIn(person, Sample.Started.AddDays(day)) with { ProgrammeId = _programme };

    private Task<(CheckIn CheckIn, string Version)?> Get(CheckIn c) => CheckIns.GetVersionedAsync(c.ProgrammeId, c.PairId, c.TenantId, c.UserObjectId, c.Period, Ct);

    private sealed class GoalsComparer : IEqualityComparer<(IReadOnlyList<GoalRef>, CheckInTrigger, Role, DateTimeOffset)>
    {
        public bool Equals((IReadOnlyList<GoalRef>, CheckInTrigger, Role, DateTimeOffset) x, (IReadOnlyList<GoalRef>, CheckInTrigger, Role, DateTimeOffset) y) =>
            x.Item1.SequenceEqual(y.Item1) && (x.Item2, x.Item3, x.Item4) == (y.Item2, y.Item3, y.Item4);

        public int GetHashCode((IReadOnlyList<GoalRef>, CheckInTrigger, Role, DateTimeOffset) obj) => obj.Item2.GetHashCode();
    }
}
