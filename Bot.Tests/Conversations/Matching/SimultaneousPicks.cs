using MentorBot.Dialogs.Conversations.Matching;
using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Stores;
using MentorBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace MentorBot.Tests.Conversations.Matching;

/// <summary>
/// Mentor picks pressed at the same moment, truly interleaved: the store holds each pick's write until both have
/// read the programme, so both decide on the same reading. Storage must still let only one through: a mentee has
/// one live pair, a mentor no more than their capacity. Run on each storage provider (see the two subclasses).
/// </summary>
public abstract class SimultaneousPicks : IAsyncLifetime
{
    private readonly InterleavedWrites _writes = new(PairStore.TableName, contenders: 2);
    private MatchingRig _rig = null!;
    private TeamsUser _ada = null!, _ben = null!, _maya = null!, _noah = null!;

    /// <summary>The storage settings of the provider under test (none: the embedded SQLite store).</summary>
    protected abstract IDictionary<string, string> StorageSettings { get; }

    public async Task InitializeAsync()
    {
        _rig = new MatchingRig(StorageSettings, _writes.Install);
        await _rig.ProgrammeAsync(MatchingMode.MenteeChooses);
        _ada = await _rig.PersonAsync("Ada", Role.Mentee, ["Data engineering"]);
        _ben = await _rig.PersonAsync("Ben", Role.Mentee, ["Data engineering"]);
        _maya = await _rig.PersonAsync("Maya", Role.Mentor, ["Data engineering"], capacity: 1);
        _noah = await _rig.PersonAsync("Noah", Role.Mentor, ["Data engineering"], capacity: 2);
    }

    public async Task DisposeAsync() => await _rig.DisposeAsync();

    [Fact]
    public async Task TwoPicksByOneMenteeAtOnce_OfferHerOneMentor()
    {
        var outcomes = await AtOnce(ChooseAsync(_ada, _maya), ChooseAsync(_ada, _noah));

        Assert.Equal(2, _writes.Held);
        Assert.Single(outcomes, o => o.Chosen);
        var live = Assert.Single(await _rig.AllPairsAsync(), p => p.IsLive);
        Assert.Equal((PairStatus.Offered, _ada.ObjectId), (live.Status, live.MenteeId));
        Assert.Empty(outcomes.Single(o => !o.Chosen).Options);
        Assert.Single(_rig.Messenger.Sent, m => m.Card?.ToJsonString().Contains("Would you mentor Ada?", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task TwoMenteesPickingAFullMentorAtOnce_TakeHerOnePlace()
    {
        var outcomes = await AtOnce(ChooseAsync(_ada, _maya), ChooseAsync(_ben, _maya));

        Assert.Equal(2, _writes.Held);
        Assert.Single(outcomes, o => o.Chosen);
        Assert.Single(await _rig.AllPairsAsync(), p => p.IsLive && p.MentorId == _maya.ObjectId);

        // The one who lost is shown the mentors still open to them: Noah, not Maya.
        var other = outcomes.Single(o => !o.Chosen);
        Assert.Equal([_noah.ObjectId], other.Options.Select(o => o.Mentor.UserObjectId));
    }

    [Fact]
    public async Task TwoMenteesPickingAMentorWithRoomForBoth_AreBothOffered()
    {
        var outcomes = await AtOnce(ChooseAsync(_ada, _noah), ChooseAsync(_ben, _noah));

        Assert.All(outcomes, o => Assert.True(o.Chosen));
        Assert.Equal(2, (await _rig.AllPairsAsync()).Count(p => p.IsLive && p.MentorId == _noah.ObjectId));
    }

    // Both picks start together; each reaches its write only once both have read.
    private async Task<Matchmaking.ChoiceOutcome[]> AtOnce(params Func<Task<Matchmaking.ChoiceOutcome>>[] picks)
    {
        _writes.Arm();
        return await Task.WhenAll(picks.Select(p => Task.Run(p)));
    }

    private Func<Task<Matchmaking.ChoiceOutcome>> ChooseAsync(TeamsUser mentee, TeamsUser mentor) =>
        () => _rig.Bot.Services.GetRequiredService<Matchmaking>().ChooseAsync(_rig.Programme, mentee.ObjectId, mentor.ObjectId, CancellationToken.None);
}
