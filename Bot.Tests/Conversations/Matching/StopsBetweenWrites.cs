using MentorBot.Dialogs.Conversations.Matching;
using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace MentorBot.Tests.Conversations.Matching;

/// <summary>
/// A stop between a pair's save and the messages it owes (simulated by a messenger that throws once, where a crash
/// would have stopped the process) is finished by the pair sweep, which sends each owed message once; an expiry run
/// twice asks the next candidate once; and the sweep expires an offer whose deadline job never ran. Run on each
/// storage provider (see the two subclasses).
/// </summary>
public abstract class StopsBetweenWrites : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private MatchingRig _rig = null!;
    private TeamsUser _ada = null!, _maya = null!, _omar = null!;

    /// <summary>The storage settings of the provider under test (none: the embedded SQLite store).</summary>
    protected abstract IDictionary<string, string> StorageSettings { get; }

    public async Task InitializeAsync()
    {
        _rig = new MatchingRig(StorageSettings, services => services.AddSingleton<TimeProvider>(_clock));
        await _rig.ProgrammeAsync(MatchingMode.MenteeChooses);
        _ada = await _rig.PersonAsync("Ada", Role.Mentee, ["Data engineering"]);
        _maya = await _rig.PersonAsync("Maya", Role.Mentor, ["Data engineering"]);
        _omar = await _rig.PersonAsync("Omar", Role.Mentor, ["Data engineering"]);
    }

    public async Task DisposeAsync() => await _rig.DisposeAsync();

    [Fact]
    public async Task AStopBetweenTheOfferSaveAndItsCard_IsFinishedByTheSweep_AndTheMentorGetsTheCardOnce()
    {
        _rig.Messenger.FailNext("offer");
        await Assert.ThrowsAsync<IOException>(() => ChooseAsync(_maya));
        var saved = await _rig.PairAsync(_ada, _maya);
        Assert.Equal((PairStatus.Offered, PairChange.Offer), (saved.Status, saved.FollowUp));
        Assert.Empty(_rig.Messenger.To(_maya.ObjectId));

        Assert.Equal(1, await SweepAsync());
        Assert.Equal(0, await SweepAsync());

        Assert.Contains("Would you mentor Ada?", Assert.Single(_rig.Messenger.CardsTo(_maya.ObjectId)).ToJsonString(), StringComparison.Ordinal);
        Assert.Null((await _rig.PairAsync(_ada, _maya)).FollowUp);
        Assert.Equal(0, _rig.Messenger.Repeats);
    }

    [Fact]
    public async Task AnAcceptWhoseIntroductionsWereNotSent_IsFinishedByTheSweep_OneIntroductionEach()
    {
        await ChooseAsync(_maya);
        _rig.Messenger.FailNext("introduction");
        var pair = await _rig.PairAsync(_ada, _maya);
        await Assert.ThrowsAsync<IOException>(() => Offers.AcceptAsync(pair.ProgrammeId, pair.Id, _maya.TenantId, _maya.ObjectId, default));
        Assert.Equal((PairStatus.Active, PairChange.Accept), ((await _rig.PairAsync(_ada, _maya)).Status, (await _rig.PairAsync(_ada, _maya)).FollowUp));
        Assert.Empty(Introductions(_ada));

        await SweepAsync();
        await SweepAsync();

        Assert.Contains("Maya", Assert.Single(Introductions(_ada)).Card!.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("Ada", Assert.Single(Introductions(_maya)).Card!.ToJsonString(), StringComparison.Ordinal);
        Assert.Null((await _rig.PairAsync(_ada, _maya)).FollowUp);
    }

    [Fact]
    public async Task AnExpiryStoppedAfterItsSave_AndRunAgain_AsksTheNextCandidateExactlyOnce()
    {
        await ChooseAsync(_maya);
        var pair = await _rig.PairAsync(_ada, _maya);
        _rig.Messenger.FailNext("offerExpiredLead");
        await Assert.ThrowsAsync<IOException>(() => Offers.ExpireAsync(pair.ProgrammeId, pair.Id, default));
        Assert.Equal(PairStatus.Expired, (await _rig.PairAsync(_ada, _maya)).Status);
        Assert.Empty(_rig.Messenger.To(_omar.ObjectId));

        // The deadline job retried, then the sweep, then the job once more: the pair is expired already each time.
        Assert.False(await Offers.ExpireAsync(pair.ProgrammeId, pair.Id, default));
        await SweepAsync();
        Assert.False(await Offers.ExpireAsync(pair.ProgrammeId, pair.Id, default));

        Assert.Contains("Would you mentor Ada?", Assert.Single(_rig.Messenger.CardsTo(_omar.ObjectId)).ToJsonString(), StringComparison.Ordinal);
        var live = Assert.Single(await _rig.AllPairsAsync(), p => p.IsLive);
        Assert.Equal((_ada.ObjectId, _omar.ObjectId), (live.MenteeId, live.MentorId));
        Assert.Contains("did not answer the offer to mentor Ada", Assert.Single(_rig.Messenger.TextsTo(_rig.Lead.ObjectId)), StringComparison.Ordinal);
        Assert.Empty(_rig.Messenger.To(_ada.ObjectId));
    }

    [Fact]
    public async Task TheSweep_ExpiresAnOfferPastItsDeadline_WhoseJobNeverRan_AndAsksTheNextCandidateOnce()
    {
        await ChooseAsync(_maya);
        Assert.Equal(0, await SweepAsync());

        // No Hangfire server runs here: the deadline job was scheduled and never runs.
        _clock.Advance(TimeSpan.FromDays(3) + TimeSpan.FromMinutes(1));
        Assert.Equal(1, await SweepAsync());
        Assert.Equal(0, await SweepAsync());

        Assert.Equal(PairStatus.Expired, (await _rig.PairAsync(_ada, _maya)).Status);
        Assert.Equal(PairStatus.Offered, (await _rig.PairAsync(_ada, _omar)).Status);
        Assert.Single(_rig.Messenger.CardsTo(_omar.ObjectId));
        Assert.Equal(0, _rig.Messenger.Repeats);
    }

    private PairOffers Offers => _rig.Bot.Services.GetRequiredService<PairOffers>();

    private Task<int> SweepAsync() => _rig.Bot.Services.GetRequiredService<PairSweep>().RunAsync(default);

    private Task<Matchmaking.ChoiceOutcome> ChooseAsync(TeamsUser mentor) =>
        _rig.Bot.Services.GetRequiredService<Matchmaking>().ChooseAsync(_rig.Programme, _ada.ObjectId, mentor.ObjectId, default);

    private List<Dialogs.Abstractions.Messaging.OutgoingMessage> Introductions(TeamsUser user) =>
        [.. _rig.Messenger.To(user.ObjectId).Where(m => m.Key.Value.StartsWith("introduction:", StringComparison.Ordinal))];
}
