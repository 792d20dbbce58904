using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Stores;
using MentorBot.Messaging;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace MentorBot.Tests.Conversations;

/// <summary>
/// The programme form's digest settings: the destination is a choice between the leads' personal chats and the team
/// channels of the lead's tenant that have the bot ("Team › Channel"), a channel that is not one of them is refused,
/// and the small-n threshold (MinAnswers) is a bounded number. A refusal names the field and saves nothing.
/// </summary>
public sealed class ProgrammeDigestFormTests : IAsyncLifetime
{
    private const string TeamId = "19:general-mentoring@thread.tacv2";
    private const string DigestChannel = "19:digests@thread.tacv2";
    private static readonly TeamsUser Lead = TeamsUser.Create("Lead");
    private readonly BotHarness _bot = new(new Dictionary<string, string> { ["MentorBot:Leads:0"] = Lead.ObjectId });

    public async Task InitializeAsync()
    {
        await RememberTeamAsync(Lead.TenantId, TeamId, "Mentoring", (TeamId, null), (DigestChannel, "Digests"));
        await RememberTeamAsync("another-tenant", "19:theirs@thread.tacv2", "Theirs", ("19:theirs@thread.tacv2", null), ("19:their-digests@thread.tacv2", "Digests"));
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task TheForm_OffersTheLeadsChats_AndTheTenantsChannels_AsTeamAndChannel()
    {
        var form = (await _bot.SendAsync(Lead, "new programme")).LastCard();

        var choices = Choices(form, "digestChannel");
        Assert.Equal(["The leads' personal chats", "Mentoring › General", "Mentoring › Digests"], choices.Select(c => c.Title));
        Assert.Equal(["leads", TeamId, DigestChannel], choices.Select(c => c.Value));
        Assert.Equal("leads", form.SelectToken("$..body[?(@.id == 'digestChannel')].value")!.ToString());
        Assert.Equal("5", form.SelectToken("$..body[?(@.id == 'minAnswers')].value")!.ToString());
    }

    [Fact]
    public async Task AChosenChannel_IsSavedWithItsTeam_AndShownChosenWhenEditing()
    {
        var form = (await _bot.SendAsync(Lead, "new programme")).LastCard();

        Assert.Contains("is created", (await _bot.SendAsync(Lead, null, form.Submit(new { name = "Channel digests", digestChannel = DigestChannel, minAnswers = "8" }))).Texts());

        var programme = Assert.Single(await Programmes());
        Assert.Equal(new DigestSettings(DigestFrequency.Weekly, DayOfWeek.Monday, DigestChannel, TeamId), programme.Digest);
        Assert.Equal(8, programme.MinAnswers);
        var listed = (await _bot.SendAsync(Lead, "programmes")).Select(r => r.Card()).OfType<JObject>().First();
        var edit = (await _bot.SendAsync(Lead, null, listed.Submit())).LastCard();
        Assert.Equal(DigestChannel, edit.SelectToken("$..body[?(@.id == 'digestChannel')].value")!.ToString());
        Assert.Equal("8", edit.SelectToken("$..body[?(@.id == 'minAnswers')].value")!.ToString());
    }

    [Theory]
    [InlineData("19:forged@thread.tacv2")]
    [InlineData("19:their-digests@thread.tacv2")]
    [InlineData("19:theirs@thread.tacv2")]
    public async Task AChannelThatIsNotOneOfTheTenantsKnownChannels_IsRefused_AndNothingIsSaved(string forged)
    {
        var form = (await _bot.SendAsync(Lead, "new programme")).LastCard();

        var refused = await _bot.SendAsync(Lead, null, form.Submit(new { name = "Forged", digestChannel = forged }));

        Assert.Contains("Nothing was saved", refused.Texts());
        Assert.Contains("not one of the team channels MentorBot was added to", refused.Texts());
        Assert.Empty(await Programmes());
    }

    [Fact]
    public async Task EditingWithAForgedChannel_LeavesTheStoredProgrammeUntouched()
    {
        var programme = await _bot.SeedProgrammeAsync("Kept", Lead.ObjectId);
        var listed = (await _bot.SendAsync(Lead, "programmes")).Select(r => r.Card()).OfType<JObject>().First();
        var edit = (await _bot.SendAsync(Lead, null, listed.Submit())).LastCard();

        Assert.Contains("Nothing was saved", (await _bot.SendAsync(Lead, null, edit.Submit(new { name = "Changed", digestChannel = "19:forged@thread.tacv2" }))).Texts());

        var stored = (await Programmes()).Single(p => p.Id == programme.Id);
        Assert.Equal("Kept", stored.Name);
        Assert.Equal(programme.Digest, stored.Digest);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("51")]
    [InlineData("-3")]
    [InlineData("five")]
    [InlineData("2.5")]
    public async Task MinAnswersOutsideOneToFifty_IsRefused_AndNothingIsSaved(string minAnswers)
    {
        var form = (await _bot.SendAsync(Lead, "new programme")).LastCard();

        var refused = await _bot.SendAsync(Lead, null, form.Submit(new { name = "Small n", minAnswers }));

        Assert.Contains("Nothing was saved", refused.Texts());
        Assert.Contains("from 1 to 50", refused.Texts());
        Assert.Empty(await Programmes());
    }

    [Fact]
    public async Task TheLeadsChats_AreSavedAsNoChannel()
    {
        var form = (await _bot.SendAsync(Lead, "new programme")).LastCard();

        Assert.Contains("is created", (await _bot.SendAsync(Lead, null, form.Submit(new { name = "Personal digests", digestChannel = "leads" }))).Texts());

        Assert.Null(Assert.Single(await Programmes()).Digest.ChannelId);
    }

    private static List<(string Title, string Value)> Choices(JObject card, string id) =>
        [.. card.SelectToken($"$..body[?(@.id == '{id}')].choices")!.Select(c => (c["title"]!.ToString(), c["value"]!.ToString()))];

    private async Task<IReadOnlyList<Programme>> Programmes()
    {
        var result = new List<Programme>();
        await foreach (var p in _bot.Services.GetRequiredService<ProgrammeStore>().ListAsync(default))
            result.Add(p);
        return result;
    }

    private Task RememberTeamAsync(string tenantId, string teamId, string name, params (string Id, string? Name)[] channels) =>
        _bot.Services.GetRequiredService<TeamChannelStore>().RememberAsync(
            new TeamRecord
            {
                TenantId = tenantId,
                TeamId = teamId,
                TeamName = name,
                Reference = new ConversationReference { ChannelId = "msteams", ServiceUrl = "https://smba.example/", Bot = new ChannelAccount("28:bot"), Conversation = new ConversationAccount(id: teamId) },
                Channels = [.. channels.Select(c => new TeamChannelEntry(c.Id, c.Name))],
            },
            default);
}
