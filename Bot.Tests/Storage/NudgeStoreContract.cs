using MentorBot.Dialogs.Abstractions.Storage;
using MentorBot.Dialogs.Domain.Nudges;
using MentorBot.Dialogs.Stores;
using MentorBot.Tests.Domain.CheckIns;
using MentorBot.Tests.Domain.Nudges;

namespace MentorBot.Tests.Storage;

/// <summary>
/// The nudge repository on each entity-store provider: one programme per partition, one pair's nudges and snoozes as
/// a range, a nudge created once however often the job runs, one response per version. Each test uses a programme of
/// its own, so providers can share one server.
/// </summary>
public abstract class NudgeStoreContract : IDisposable
{
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromSeconds(45));
    private readonly string _programme = "p" + Guid.NewGuid().ToString("N");

    protected abstract IEntityStore Store { get; }

    private CancellationToken Ct => _timeout.Token;

    private NudgeStore Nudges => new(Store);

    [Fact]
    public async Task ANudge_IsCreatedOnce_WhenTwoRunsRecordIt()
    {
        var first = Of(Sample.Mentee, NudgeKind.NoMeeting, 21);

        Assert.True(await Nudges.TryCreateAsync(first, Ct));
        Assert.False(await Nudges.TryCreateAsync(first with { SentAt = first.SentAt.AddMinutes(5) }, Ct));

        Assert.Equal(first.SentAt, (await Nudges.ForPairAsync(_programme, first.PairId, Ct)).Single().SentAt);
    }

    [Fact]
    public async Task ANudge_ReadsBackAsItWasSaved_WithItsReasons()
    {
        var sent = Of(Sample.Mentor, NudgeKind.CheckInReminder, 19) with { CheckInPeriod = "20270118T0900Ze" };
        await Nudges.TryCreateAsync(sent, Ct);

        var read = (await Get(sent))!.Value.Nudge;

        Assert.Equal(sent.Reasons, read.Reasons);
        Assert.Equal((sent.Kind, sent.Role, sent.CheckInPeriod, sent.DueAt, sent.IdempotencyKey), (read.Kind, read.Role, read.CheckInPeriod, read.DueAt, read.IdempotencyKey));
    }

    [Fact]
    public async Task ADoublePress_RecordsOneResponse_AndTheLaterPressLoses()
    {
        var sent = Of(Sample.Mentee, NudgeKind.NoMeeting, 21);
        await Nudges.TryCreateAsync(sent, Ct);
        var (onePhone, version) = (await Get(sent))!.Value;
        var (otherPhone, sameVersion) = (await Get(sent))!.Value;

        Assert.True(await Nudges.TrySaveAsync(onePhone.Respond(NudgeResponse.Snoozed, sent.SentAt.AddHours(1)).Value, version, Ct));
        Assert.False(await Nudges.TrySaveAsync(otherPhone.Respond(NudgeResponse.FoundATime, sent.SentAt.AddHours(1)).Value, sameVersion, Ct));

        Assert.Equal(NudgeResponse.Snoozed, (await Get(sent))!.Value.Nudge.Response);
    }

    [Fact]
    public async Task APairsNudgesAndSnoozes_AreOneRange_AndAProgrammesArePartitionReads()
    {
        foreach (var nudge in new[] { Of(Sample.Mentee, NudgeKind.NoMeeting, 21), Of(Sample.Mentor, NudgeKind.NoMeeting, 21), NudgeSample.ToLead("lead", Day(30)) with { ProgrammeId = _programme }, Of(Sample.Mentee, NudgeKind.NoMeeting, 21) with { PairId = "mentee~other" } })
            await Nudges.TryCreateAsync(nudge, Ct);
        await Nudges.TryCreateAsync(Of(Sample.Mentee, NudgeKind.NoMeeting, 21) with { ProgrammeId = _programme + "x" }, Ct);
        Assert.True(await Nudges.TryAddSnoozeAsync(NudgeSample.SnoozeBy(Sample.Mentee, Day(22)) with { ProgrammeId = _programme }, Ct));
        Assert.False(await Nudges.TryAddSnoozeAsync(NudgeSample.SnoozeBy(Sample.Mentee, Day(22)) with { ProgrammeId = _programme }, Ct));
        await Nudges.TryAddSnoozeAsync(NudgeSample.SnoozeBy(Sample.Mentor, Day(22)) with { ProgrammeId = _programme, PairId = "mentee~other" }, Ct);

        Assert.Equal(3, (await Nudges.ForPairAsync(_programme, Sample.Pair.Id, Ct)).Count);
        Assert.Equal(4, (await Nudges.InProgrammeAsync(_programme, Ct)).Count);
        Assert.Equal(Day(29), (await Nudges.SnoozesForPairAsync(_programme, Sample.Pair.Id, Ct)).Single().Until);
        Assert.Equal(2, (await Nudges.SnoozesInProgrammeAsync(_programme, Ct)).Count);
    }

    [Fact]
    public async Task IdsNoNudgeCanHave_AreNotFound_AndCannotBeWritten()
    {
        Assert.Null(await Nudges.GetVersionedAsync(_programme, "a|b", NudgeKind.NoMeeting, "t", "mentee", "x", Ct));
        Assert.Null(await Nudges.GetVersionedAsync(new string('p', 200), Sample.Pair.Id, NudgeKind.NoMeeting, "t", "mentee", "x", Ct));
        Assert.Empty(await Nudges.ForPairAsync(_programme, "a|", Ct));
        await Assert.ThrowsAsync<ArgumentException>(() => Nudges.TryCreateAsync(Of(Sample.Mentee, NudgeKind.NoMeeting, 21) with { Period = "a|b" }, Ct));
    }

    [Fact]
    public async Task DeletingOnePersonsNudges_LeavesTheirPartnersAndTheLeadsAlone()
    {
        foreach (var nudge in new[] { Of(Sample.Mentee, NudgeKind.NoMeeting, 21), Of(Sample.Mentee, NudgeKind.CheckInReminder, 19), Of(Sample.Mentor, NudgeKind.NoMeeting, 21), NudgeSample.ToLead("lead", Day(30)) with { ProgrammeId = _programme } })
            await Nudges.TryCreateAsync(nudge, Ct);
        await Nudges.TryAddSnoozeAsync(NudgeSample.SnoozeBy(Sample.Mentee, Day(22)) with { ProgrammeId = _programme }, Ct);

        Assert.Equal(3, await Nudges.DeletePersonAsync(_programme, Sample.Pair.Id, "t", "mentee", Ct));

        Assert.Equal(["lead", "mentor"], (await Nudges.ForPairAsync(_programme, Sample.Pair.Id, Ct)).Select(n => n.UserObjectId).Order());
        Assert.Empty(await Nudges.SnoozesForPairAsync(_programme, Sample.Pair.Id, Ct));
    }

    public virtual void Dispose()
    {
        _timeout.Dispose();
        GC.SuppressFinalize(this);
    }

    private static DateTimeOffset Day(int day) => Sample.Started.AddDays(day);

    private Nudge Of(Dialogs.Domain.Participants.Participant person, NudgeKind kind, int day) => NudgeSample.Sent(person, kind, Day(day)) with { ProgrammeId = _programme };

    private Task<(Nudge Nudge, string Version)?> Get(Nudge n) => Nudges.GetVersionedAsync(n.ProgrammeId, n.PairId, n.Kind, n.TenantId, n.UserObjectId, n.Period, Ct);
}
