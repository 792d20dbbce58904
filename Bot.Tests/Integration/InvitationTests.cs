using System.Text.Json.Nodes;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Stores;
using MentorBot.Tests.Infrastructure;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace MentorBot.Tests.Integration;

/// <summary>
/// A lead invites people by address, through /api/messages: those who installed the bot get one invitation card
/// (Teams' member details told the bot their address), the others are reported as not reachable yet, every
/// refused entry is reported with its reason, and the invitation starts onboarding in its programme.
/// </summary>
public sealed class InvitationTests(InvitationTests.LeadHost host) : IClassFixture<InvitationTests.LeadHost>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task LeadInvitesByAddress_InstalledPeopleGetOneCard_OthersAreReported()
    {
        var tenant = Guid.NewGuid().ToString();
        var lead = LeadHost.Lead(tenant);
        var ada = TeamsUser.New(tenant);
        var bruno = TeamsUser.New(tenant, "fr-FR");
        host.Connector.RegisterMember(ada, "ada@contoso.com");
        host.Connector.RegisterMember(bruno, "bruno@contoso.com", "Bruno.Martin@contoso.com");
        await InstallAsync(ada);
        await InstallAsync(bruno);
        var programme = await SeedProgrammeAsync(tenant, lead.ObjectId);

        var inviteCard = CardReader.AdaptiveCard(Assert.Single(await SubmitAsync(lead, new JsonObject { ["verb"] = "programmeInvite", ["programmeId"] = programme.Id }, 1)));
        Assert.Contains("Invite people to Data mentoring", CardReader.Texts(inviteCard));

        // The turn answers at once; the invitations go out in the background and the report follows as a message.
        var sent = await SubmitAsync(lead, new JsonObject
        {
            ["verb"] = "programmeInviteSend",
            ["programmeId"] = programme.Id,
            ["addresses"] = "Ada <ADA@contoso.com>; bruno.martin@contoso.com\nnobody@contoso.com, ada@contoso.com, not an address",
        }, 2);
        Assert.Contains(sent, a => a.Text == "Sending the invitations to 3 address(es) for Data mentoring. You will get the report here when they are sent.");
        var report = CardReader.Texts(CardReader.AdaptiveCard(Assert.Single(sent, a => a.Attachments?.Count > 0)));

        // Addresses are shown as text (escaped for Teams' Markdown), not as mailto links someone could have planted.
        Assert.Equal(
            ["Invitations to Data mentoring", "Invited (2)", "- ada@contoso\\.com\n- bruno\\.martin@contoso\\.com", "Not reachable yet (1)", "- nobody@contoso\\.com"],
            report.Take(5));
        Assert.Contains("listed twice", report);
        Assert.Contains("not a UPN or e-mail address", report);

        var adaInvitation = CardReader.AdaptiveCard(Assert.Single(await host.Connector.WaitForActivitiesAsync(ada.ConversationId, 2, Timeout), a => a.Attachments?.Count > 0 && CardReader.Texts(CardReader.AdaptiveCard(a))[0].StartsWith("You're invited", StringComparison.Ordinal)));
        var brunoInvitation = (await host.Connector.WaitForActivitiesAsync(bruno.ConversationId, 2, Timeout))[^1];
        Assert.Equal("Vous êtes invité(e) à Data mentoring", CardReader.Texts(CardReader.AdaptiveCard(brunoInvitation))[0]);

        // The same invitation again reaches nobody twice.
        var again = CardReader.Texts(CardReader.AdaptiveCard(Assert.Single(await SubmitAsync(lead, new JsonObject
        {
            ["verb"] = "programmeInviteSend",
            ["programmeId"] = programme.Id,
            ["addresses"] = "ada@contoso.com",
        }, 2), a => a.Attachments?.Count > 0)));
        Assert.Contains("Already invited (1)", again);
        Assert.Equal(2, host.Connector.ActivitiesIn(ada.ConversationId).Count);

        // The invitation's button starts onboarding in that programme.
        var join = (JObject)CardReader.Actions(adaInvitation)[0]["data"]!;
        var started = await SubmitAsync(ada, JsonNode.Parse(join.ToString())!.AsObject(), 2, skip: 2);
        Assert.StartsWith("Great, let's get you set up as a mentee.", started[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SomeoneWhoIsNotALead_CannotInvite_AndAnOverlongPasteIsRefusedWhole()
    {
        var tenant = Guid.NewGuid().ToString();
        var lead = LeadHost.Lead(tenant);
        var programme = await SeedProgrammeAsync(tenant, lead.ObjectId);
        var stranger = TeamsUser.New(tenant);

        var refused = Assert.Single(await SubmitAsync(stranger, new JsonObject { ["verb"] = "programmeInviteSend", ["programmeId"] = programme.Id, ["addresses"] = "a@contoso.com" }, 1));
        Assert.StartsWith("Only programme leads can do that.", refused.Text, StringComparison.Ordinal);

        var tooLong = Assert.Single(await SubmitAsync(lead, new JsonObject { ["verb"] = "programmeInviteSend", ["programmeId"] = programme.Id, ["addresses"] = new string('a', 20_001) }, 1));
        Assert.Equal("That list is 20001 characters long; paste at most 20000 at a time.", tooLong.Text);
    }

    private Task InstallAsync(TeamsUser user) => host.InstallAsync(user, Timeout);

    private async Task<IReadOnlyList<Activity>> SubmitAsync(TeamsUser user, JsonObject value, int replies, int skip = 0)
    {
        var before = host.Connector.ActivitiesIn(user.ConversationId).Count;
        using var response = await host.App.PostActivityAsync(TeamsActivities.CardSubmit(user, host.ServiceUrl, value));
        response.EnsureSuccessStatusCode();
        var all = await host.Connector.WaitForActivitiesAsync(user.ConversationId, before + replies, Timeout);
        return [.. all.Skip(Math.Max(before, skip))];
    }

    private async Task<Programme> SeedProgrammeAsync(string tenant, string lead)
    {
        var programme = new Programme
        {
            Id = "p-" + Guid.NewGuid().ToString("N")[..8],
            Name = "Data mentoring",
            TenantId = tenant,
            Leads = [lead],
            StartDate = new DateOnly(2027, 1, 4),
            EndDate = new DateOnly(2027, 6, 30),
        };
        await host.App.Services.GetRequiredService<ProgrammeStore>().SaveAsync(programme, null, CancellationToken.None);
        return programme;
    }

    /// <summary>
    /// A host whose organisation leads include the one object id <see cref="Lead"/> hands out. Its Hangfire server
    /// runs: invitations and matching rounds that fan out are background jobs.
    /// </summary>
    public sealed class LeadHost() : MentorBotHost(new Dictionary<string, string?> { ["MentorBot:Leads:0"] = LeadObjectId, ["Jobs:RunServer"] = "true" })
    {
        private const string LeadObjectId = "9d5c0d0e-1ead-4e11-8000-00000000000a";

        public static TeamsUser Lead(string tenant) => TeamsUser.New(tenant) with { ObjectId = LeadObjectId };
    }
}
