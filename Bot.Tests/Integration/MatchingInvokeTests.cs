using System.Text.Json.Nodes;
using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Stores;
using MentorBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace MentorBot.Tests.Integration;

/// <summary>
/// Matching through /api/messages: the lead's `match` offers the pair to the mentor (a proactive card through the
/// loopback connector); the mentor's Accept is an adaptiveCard/action invoke whose HTTP response carries the
/// updated card, and both people then receive their introduction card.
/// </summary>
public sealed class MatchingInvokeTests(InvitationTests.LeadHost host) : IClassFixture<InvitationTests.LeadHost>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task MentorAcceptsWithActionExecute_TheInvokeResponseIsTheUpdatedCard_AndBothAreIntroduced()
    {
        var tenant = Guid.NewGuid().ToString();
        var lead = InvitationTests.LeadHost.Lead(tenant);
        var ada = TeamsUser.New(tenant);
        var maya = TeamsUser.New(tenant, "fr-FR");
        await InstallAsync(ada);
        await InstallAsync(maya);
        var programme = await SeedAsync(tenant, lead.ObjectId, ada, maya);

        using (var match = await host.App.PostActivityAsync(TeamsActivities.Message(lead, host.ServiceUrl, "match")))
            match.EnsureSuccessStatusCode();
        var offer = CardReader.AdaptiveCard((await host.Connector.WaitForActivitiesAsync(maya.ConversationId, 2, Timeout))[^1]);
        Assert.Equal("Accepteriez-vous de mentorer Ada ?", CardReader.Texts(offer)[0]);
        var accept = CardReader.Actions(offer).Single(a => (string?)a["verb"] == "offerAccept");

        var invoke = TeamsActivities.Base("invoke", maya, host.ServiceUrl);
        invoke["name"] = "adaptiveCard/action";
        invoke["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "offerAccept", ["data"] = JsonNode.Parse(accept["data"]!.ToString()) } };
        using var response = await host.App.PostActivityAsync(invoke);

        response.EnsureSuccessStatusCode();
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(200, (int)body["statusCode"]!);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)body["type"]);
        Assert.Contains("Accepté : le binôme est actif", CardReader.Texts(Newtonsoft.Json.Linq.JObject.Parse(body["value"]!.ToJsonString())));
        Assert.Null(body["value"]!["actions"]);

        var pair = await host.App.Services.GetRequiredService<PairStore>().GetAsync(programme.Id, Pair.IdFor(ada.ObjectId, maya.ObjectId), default);
        Assert.Equal(PairStatus.Active, pair!.Status);
        var adaIntro = CardReader.AdaptiveCard((await host.Connector.WaitForActivitiesAsync(ada.ConversationId, 2, Timeout))[^1]);
        Assert.Equal("Meet your mentor, Maya", CardReader.Texts(adaIntro)[0]);
        await Eventually.TrueAsync(
            () => Task.FromResult(host.Connector.ActivitiesIn(maya.ConversationId).Any(a => a.Attachments?.Count > 0 && CardReader.Texts(CardReader.AdaptiveCard(a))[0] == "Voici votre mentoré(e), Ada")),
            "Maya's introduction card, in French");
    }

    [Fact]
    public async Task AnOfferToAMentorWhoNeverInstalledTheApp_IsReportedToTheLead()
    {
        var tenant = Guid.NewGuid().ToString();
        var lead = InvitationTests.LeadHost.Lead(tenant);
        var ada = TeamsUser.New(tenant);
        var maya = TeamsUser.New(tenant);
        await SeedAsync(tenant, lead.ObjectId, ada, maya);

        using (var match = await host.App.PostActivityAsync(TeamsActivities.Message(lead, host.ServiceUrl, "match")))
            match.EnsureSuccessStatusCode();

        // The lead's own message made the bot remember their chat, so the notice reaches them proactively.
        var notice = await Eventually.ValueAsync(
            () => Task.FromResult(host.Connector.ActivitiesIn(lead.ConversationId).FirstOrDefault(a => a.Text?.StartsWith("Maya has not installed MentorBot", StringComparison.Ordinal) == true)),
            "the lead to hear that Maya cannot see the offer");
        Assert.Equal("Maya has not installed MentorBot, so they cannot see the offer to mentor Ada in Data mentoring. Ask them to install it; otherwise the offer expires in 3 days and the next mentor is asked.", notice.Text);
        Assert.Empty(host.Connector.ActivitiesIn(maya.ConversationId));
    }

    private Task InstallAsync(TeamsUser user) => host.InstallAsync(user, Timeout);

    private async Task<Programme> SeedAsync(string tenant, string lead, TeamsUser mentee, TeamsUser mentor)
    {
        var programme = new Programme
        {
            Id = "p-" + Guid.NewGuid().ToString("N")[..8],
            Name = "Data mentoring",
            TenantId = tenant,
            Leads = [lead],
            StartDate = new DateOnly(2027, 1, 4),
            EndDate = new DateOnly(2027, 6, 30),
            Matching = MatchingMode.Automatic,
        };
        await host.App.Services.GetRequiredService<ProgrammeStore>().SaveAsync(programme, null, default);
        var participants = host.App.Services.GetRequiredService<ParticipantStore>();
        foreach (var (user, name, role) in new[] { (mentee, "Ada", Role.Mentee), (mentor, "Maya", Role.Mentor) })
        {
            await participants.SaveAsync(
                new Participant
                {
                    TenantId = tenant,
                    UserObjectId = user.ObjectId,
                    ProgrammeId = programme.Id,
                    Role = role,
                    DisplayName = name,
                    Skills = ["Data engineering"],
                    Languages = ["en", "fr"],
                    Capacity = role == Role.Mentor ? 1 : null,
                },
                default);
        }

        return programme;
    }
}
