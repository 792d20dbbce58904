using System.Text.Json.Nodes;
using MentorBot.Dialogs.Abstractions.Storage;
using MentorBot.Dialogs.Domain.Scheduling;
using MentorBot.Dialogs.Stores;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace MentorBot.Tests.Conversations.Scheduling;

/// <summary>A programme's meeting length: set by the lead, shown on the programme card, used for the slots, an hour for old records.</summary>
public sealed class MeetingLengthTests : IAsyncLifetime
{
    private static readonly TeamsUser Lead = TeamsUser.Create("Lead");
    private readonly SchedulingRig _rig = new(new Dictionary<string, string> { ["MentorBot:Leads:0"] = Lead.ObjectId });

    public Task InitializeAsync() => _rig.InitializeAsync();

    public Task DisposeAsync() => _rig.DisposeAsync();

    [Fact]
    public async Task TheLeadSetsThirtyMinutes_TheCardShowsIt_AndTheSlotsLastThirtyMinutes()
    {
        var scenario = new SchedulingScenario(_rig.Bot);
        await scenario.SeedAsync();
        var programme = scenario.Programme with { Leads = [Lead.ObjectId] };
        var store = _rig.Bot.Services.GetRequiredService<ProgrammeStore>();
        await store.SaveAsync(programme, (await store.GetVersionedAsync(programme.Id, default))!.Value.Version, default);

        var listed = (await _rig.Bot.SendAsync(Lead, "programmes")).Select(r => r.Card()).OfType<JObject>().First();
        Assert.Contains("1 hour", listed.ToString());
        var form = (await _rig.Bot.SendAsync(Lead, null, listed.Submit())).LastCard();
        Assert.Contains("is updated", (await _rig.Bot.SendAsync(Lead, null, form.Submit(new { meetingLength = "ThirtyMinutes" }))).Texts());

        Assert.Equal(MeetingLength.ThirtyMinutes, (await store.GetAsync(programme.Id, default))!.MeetingLength);
        Assert.Contains("30 minutes", (await _rig.Bot.SendAsync(Lead, "programmes")).Select(r => r.Card()).OfType<JObject>().First().ToString());
        var slots = SchedulingScenario.Buttons((await _rig.Bot.SendAsync(SchedulingScenario.Mentor, "find a time")).LastCard());
        Assert.NotEmpty(slots);
        Assert.All(slots, s => Assert.Equal(TimeSpan.FromMinutes(30), s["data"]!["end"]!.ToObject<DateTimeOffset>() - s["data"]!["start"]!.ToObject<DateTimeOffset>()));
    }

    [Fact]
    public async Task AProgrammeStoredBeforeTheSettingExisted_ReadsAsAnHour()
    {
        var programme = await _rig.Bot.SeedProgrammeAsync("Old", Lead.ObjectId);
        var table = _rig.Bot.Services.GetRequiredService<IEntityStore>().Table(ProgrammeStore.TableName);
        var stored = (await table.GetAsync("programme", programme.Id, default))!;
        var body = JsonNode.Parse(stored.Body)!.AsObject();
        Assert.True(body.Remove("meetingLength"));
        await table.UpsertAsync(new EntityWrite("programme", programme.Id, body.ToJsonString()), default);

        Assert.Equal(MeetingLength.SixtyMinutes, (await _rig.Bot.Services.GetRequiredService<ProgrammeStore>().GetAsync(programme.Id, default))!.MeetingLength);
    }
}
