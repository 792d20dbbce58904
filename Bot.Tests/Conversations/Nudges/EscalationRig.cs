using System.Text.Json.Nodes;
using MentorBot.Dialogs.Conversations.Nudges;
using MentorBot.Dialogs.Domain.Nudges;
using MentorBot.Dialogs.Stores;
using MentorBot.Tests.Conversations.CheckIns;
using MentorBot.Tests.Conversations.Matching;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace MentorBot.Tests.Conversations.Nudges;

/// <summary>
/// <see cref="CheckInRig"/>'s pair (Ada and Max, with Nia free to rematch) escalated to a lead: the escalation is
/// recorded as the dispatcher records one and its card delivered through <see cref="NudgeDelivery"/>; the lead then
/// presses its buttons as Teams does.
/// </summary>
public sealed class EscalationRig : IAsyncLifetime
{
    /// <summary>The run of silence every lead's escalation of this pair shares.</summary>
    public static readonly string Period = NudgePeriod.SilenceSince(DateTimeOffset.UtcNow.AddDays(-10));

    public CheckInRig W { get; } = new();

    public TeamsUser Lead => W.Rig.Lead;

    public NudgeStore Nudges => W.Rig.Bot.Services.GetRequiredService<NudgeStore>();

    public RecordingMessenger Messenger => W.Messenger;

    public Task InitializeAsync() => W.InitializeAsync();

    public Task DisposeAsync() => W.DisposeAsync();

    /// <summary>Records an escalation about the pair to <paramref name="lead"/> (the programme's lead by default) and returns the card they received.</summary>
    public async Task<JsonObject> EscalateAsync(TeamsUser? lead = null)
    {
        lead ??= Lead;
        var sent = DateTimeOffset.UtcNow.AddMinutes(-5);
        var escalation = new Nudge
        {
            ProgrammeId = W.Programme.Id,
            PairId = W.Pair.Id,
            TenantId = lead.TenantId,
            UserObjectId = lead.ObjectId,
            Kind = NudgeKind.Escalation,
            Period = Period,
            DueAt = sent,
            SentAt = sent,
            AwaitsSending = true,
        };
        Assert.True(await Nudges.TryCreateAsync(escalation, default));
        var participants = W.Rig.Bot.Services.GetRequiredService<ParticipantStore>();
        var situation = new NudgeSituation
        {
            Programme = (await W.Rig.Bot.Services.GetRequiredService<ProgrammeStore>().GetAsync(W.Programme.Id, default))!,
            Pair = W.Pair,
            Mentee = (await participants.GetAsync(W.Programme.Id, W.Ada.TenantId, W.Ada.ObjectId, default))!,
            Mentor = (await participants.GetAsync(W.Programme.Id, W.Max.TenantId, W.Max.ObjectId, default))!,
            Sent = [escalation],
        };
        await W.Rig.Bot.Services.GetRequiredService<NudgeDelivery>().SendAsync(new PairSituation(situation), escalation, default);
        return W.Messenger.CardsTo(lead.ObjectId)[^1];
    }

    /// <summary>Makes <paramref name="lead"/> a second lead of the programme.</summary>
    public async Task AddLeadAsync(TeamsUser lead)
    {
        var store = W.Rig.Bot.Services.GetRequiredService<ProgrammeStore>();
        var (programme, version) = (await store.GetVersionedAsync(W.Programme.Id, default))!.Value;
        await store.SaveAsync(programme with { Leads = [.. programme.Leads, lead.ObjectId] }, version, default);
    }

    /// <summary>Presses the button of <paramref name="card"/> that posts <paramref name="verb"/> (titles repeat: End and rematch opens its confirmation first).</summary>
    public Task<(IReadOnlyList<Activity> Replies, JObject? Card)> PressAsync(TeamsUser user, JsonObject card, string verb, string? message = null)
    {
        var action = JObject.Parse(card.ToJsonString()).SelectTokens("$..actions[*]").OfType<JObject>().FirstOrDefault(a => a.Value<string>("verb") == verb)
            ?? throw new Xunit.Sdk.XunitException($"No button posting '{verb}' on the card: {card}");
        var data = (JObject)action["data"]!.DeepClone();
        if (message is not null)
            data[Dialogs.Cards.EscalationCard.MessageField] = message;
        return W.Rig.InvokeAsync(user, verb, data);
    }

    /// <summary>The lead's escalation as stored now.</summary>
    public async Task<Nudge> EscalationOfAsync(TeamsUser lead) =>
        (await Nudges.GetVersionedAsync(W.Programme.Id, W.Pair.Id, NudgeKind.Escalation, lead.TenantId, lead.ObjectId, Period, default))!.Value.Nudge;
}
