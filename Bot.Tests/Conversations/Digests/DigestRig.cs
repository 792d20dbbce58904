using System.Text.Json.Nodes;
using MentorBot.Dialogs.Domain.Nudges;
using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Stores;
using MentorBot.Tests.Conversations.CheckIns;
using MentorBot.Tests.Conversations.Matching;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace MentorBot.Tests.Conversations.Digests;

/// <summary>
/// <see cref="CheckInRig"/>'s programme with Ada and Max's pair started 60 days ago and never met (stalled, so at risk),
/// and Nia free to rematch: the lead asks for the digest and presses its rows' buttons as Teams does.
/// </summary>
public sealed class DigestRig : IAsyncLifetime
{
    public CheckInRig W { get; } = new();

    public TeamsUser Lead => W.Rig.Lead;

    public NudgeStore Nudges => W.Rig.Bot.Services.GetRequiredService<NudgeStore>();

    public RecordingMessenger Messenger => W.Messenger;

    public async Task InitializeAsync()
    {
        await W.InitializeAsync();
        var (pair, version) = (await W.Rig.Pairs.GetVersionedAsync(W.Programme.Id, W.Pair.Id, default))!.Value;
        await W.Rig.Pairs.SaveAsync(pair with { AcceptedAt = DateTimeOffset.UtcNow.AddDays(-60) }, version, default);
    }

    public Task DisposeAsync() => W.DisposeAsync();

    /// <summary>What <paramref name="user"/> gets back for typing <paramref name="text"/>.</summary>
    public Task<IReadOnlyList<Activity>> SayAsync(TeamsUser user, string text) => W.Rig.Bot.SendAsync(user, text);

    /// <summary>The card <paramref name="lead"/> gets for typing <paramref name="command"/>.</summary>
    public async Task<JsonObject> CardAsync(TeamsUser lead, string command = "digest") =>
        MatchingRig.ToCard(Assert.Single((await SayAsync(lead, command)).Select(r => r.Card()).OfType<JObject>()));

    /// <summary>Presses the button of <paramref name="card"/> that posts <paramref name="verb"/> (and <paramref name="step"/>), with a message typed.</summary>
    public Task<(IReadOnlyList<Activity> Replies, JObject? Card)> PressAsync(TeamsUser user, JsonObject card, string verb, string? step = null, string? message = null)
    {
        var action = JObject.Parse(card.ToJsonString()).SelectTokens("$..actions[*]").OfType<JObject>()
            .FirstOrDefault(a => a.Value<string>("verb") == verb && a["data"]?.Value<string>(Dialogs.Cards.DigestCard.StepField) == step)
            ?? throw new Xunit.Sdk.XunitException($"No button posting '{verb}' ({step}) on the card: {card}");
        var data = (JObject)action["data"]!.DeepClone();
        if (message is not null)
            data[Dialogs.Cards.DigestCard.MessageField] = message;
        return W.Rig.InvokeAsync(user, verb, data);
    }

    public Task<(IReadOnlyList<Activity> Replies, JObject? Card)> ForgeAsync(TeamsUser user, string verb, string programmeId, string pairId) =>
        W.Rig.InvokeAsync(user, verb, new JObject { ["programmeId"] = programmeId, ["pairId"] = pairId, ["verb"] = verb });

    /// <summary>Makes <paramref name="lead"/> a lead of the programme too.</summary>
    public async Task AddLeadAsync(TeamsUser lead)
    {
        var store = W.Rig.Bot.Services.GetRequiredService<ProgrammeStore>();
        var (programme, version) = (await store.GetVersionedAsync(W.Programme.Id, default))!.Value;
        await store.SaveAsync(programme with { Leads = [.. programme.Leads, lead.ObjectId] }, version, default);
    }

    /// <summary>Another programme of the same organisation, led by <paramref name="lead"/> alone, with a pair of its own.</summary>
    public async Task<(Programme Programme, Pair Pair)> OtherProgrammeAsync(TeamsUser lead)
    {
        var other = W.Programme with { Id = "other-" + Guid.NewGuid().ToString("N"), Name = "Reverse mentoring", Leads = [lead.ObjectId] };
        await W.Rig.Bot.Services.GetRequiredService<ProgrammeStore>().SaveAsync(other, null, default);
        var pair = W.Pair with { ProgrammeId = other.Id, Id = Pair.IdFor("x", "y"), MenteeId = "x", MentorId = "y" };
        await W.Rig.Pairs.SaveAsync(pair, null, default);
        return (other, pair);
    }

    public async Task<IReadOnlyList<Nudge>> NudgesAsync() =>
        [.. (await Nudges.ForPairAsync(W.Programme.Id, W.Pair.Id, default)).Where(n => n.Kind == NudgeKind.NoMeeting)];
}
