using MentorBot.Dialogs.Abstractions.Storage;
using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Stores;
using MentorBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace MentorBot.Tests.Fuzzing;

/// <summary>The fuzzer's audit is only worth its silence if it speaks: each broken rule planted in the store is reported.</summary>
public sealed class StoredStateAuditTests : IAsyncLifetime
{
    private readonly MentorBotApp _app = new();
    private FuzzWorld _world = null!;
    private StoredStateAudit _audit = null!;
    private Dictionary<string, int?> _capacities = null!;

    public async Task InitializeAsync()
    {
        _world = await FuzzWorld.CreateAsync(_app.Services);
        _audit = new StoredStateAudit(_app.Services);
        _capacities = await _audit.CapacitiesAsync();
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task TheSeededWorld_PassesTheAudit()
    {
        Assert.Empty(await _audit.CheckAsync(_capacities));
    }

    [Fact]
    public async Task ASecondLivePairOfAMentee_SavedPastTheReservation_IsReported()
    {
        var pairs = _app.Services.GetRequiredService<PairStore>();
        var active = (await pairs.InProgrammeAsync(_world.ProgrammeIds[0], default)).First(p => p.Status == PairStatus.Active);
        var spare = (await pairs.InProgrammeAsync(_world.ProgrammeIds[0], default)).First(p => p.Status == PairStatus.Offered);
        await pairs.SaveAsync(active with { Id = Pair.IdFor(active.MenteeId, spare.MentorId), MentorId = spare.MentorId, Status = PairStatus.Proposed }, null, default);

        var problems = await _audit.CheckAsync(_capacities);

        Assert.Contains(problems, p => p.Contains($"mentee {active.MenteeId} has 2 live pairs", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnOfferWhoseMentorHasNoParticipantRecord_IsReportedAsAnOrphan()
    {
        var store = _app.Services.GetRequiredService<IEntityStore>();
        var offer = (await _app.Services.GetRequiredService<PairStore>().InProgrammeAsync(_world.ProgrammeIds[0], default)).First(p => p.Status == PairStatus.Offered);
        await store.Table(ParticipantStore.TableName).DeleteAsync(offer.ProgrammeId, ParticipantStore.UserKey(offer.MentorTenantId, offer.MentorId), null, default);

        var problems = await _audit.CheckAsync(_capacities);

        Assert.Contains(problems, p => p.Contains($"Offered pair {offer.Id} has no participant record for its mentor (orphan)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ARowThatNoLongerDeserializes_IsReported()
    {
        var store = _app.Services.GetRequiredService<IEntityStore>();
        await store.Table(CheckInStore.TableName).UpsertAsync(new EntityWrite(_world.ProgrammeIds[0], "x|y|z|w", """{"pairId": {}}"""), default);

        var problems = await _audit.CheckAsync(_capacities);

        Assert.Contains(problems, p => p.StartsWith("checkins: a row does not read back", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ATableNoReaderKnows_IsReported()
    {
        await _app.Services.GetRequiredService<IEntityStore>().Table("newtable").UpsertAsync(new EntityWrite("p", "r", "{}"), default);

        Assert.Contains(await _audit.CheckAsync(_capacities), p => p.StartsWith("newtable: no reader", StringComparison.Ordinal));
    }
}
