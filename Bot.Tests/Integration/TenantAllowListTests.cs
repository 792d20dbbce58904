using MentorBot.Dialogs.Abstractions.Storage;
using MentorBot.Messaging;
using MentorBot.Storage;
using MentorBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace MentorBot.Tests.Integration;

/// <summary>With MentorBot:AllowedTenants set, other tenants get a refusal in their language and leave no trace.</summary>
public sealed class TenantAllowListTests(TenantAllowListTests.AllowListHost host) : IClassFixture<TenantAllowListTests.AllowListHost>
{
    public const string AllowedTenant = "6f1c6f7e-0c4b-4d43-9b5e-1d2a9c0e7a11";

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    [Theory]
    [InlineData("en-US", "Sorry, MentorBot is not available for your organisation. Please contact your IT administrator.")]
    [InlineData("fr-FR", "Désolé, MentorBot n'est pas disponible pour votre organisation. Contactez votre administrateur informatique.")]
    public async Task OtherTenant_GetsTheLocalisedRefusal_AndNothingIsStored(string locale, string refusal)
    {
        var stranger = TeamsUser.New(Guid.NewGuid().ToString(), locale);

        using var response = await host.App.PostActivityAsync(TeamsActivities.Message(stranger, host.ServiceUrl, "help"));

        response.EnsureSuccessStatusCode();
        var reply = Assert.Single(await host.Connector.WaitForActivitiesAsync(stranger.ConversationId, 1, Timeout));
        Assert.Equal(refusal, reply.Text);
        Assert.Empty(await StoredRowsMentioningAsync(stranger));
    }

    [Fact]
    public async Task OtherTenant_InstallingTheBot_IsNotGreetedNorRemembered()
    {
        var stranger = TeamsUser.New(Guid.NewGuid().ToString());

        using var install = await host.App.PostActivityAsync(TeamsActivities.InstallationAdded(stranger, host.ServiceUrl));
        using var added = await host.App.PostActivityAsync(TeamsActivities.BotAdded(stranger, host.ServiceUrl));

        install.EnsureSuccessStatusCode();
        added.EnsureSuccessStatusCode();
        var reply = Assert.Single(await host.Connector.WaitForActivitiesAsync(stranger.ConversationId, 1, Timeout));
        Assert.Empty(reply.Attachments ?? []);
        Assert.StartsWith("Sorry, MentorBot is not available", reply.Text, StringComparison.Ordinal);
        Assert.Empty(await StoredRowsMentioningAsync(stranger));
    }

    [Fact]
    public async Task AllowedTenant_IsServed_AndRemembered()
    {
        var member = TeamsUser.New(AllowedTenant);

        using var response = await host.App.PostActivityAsync(TeamsActivities.Message(member, host.ServiceUrl, "help"));

        response.EnsureSuccessStatusCode();
        var reply = Assert.Single(await host.Connector.WaitForActivitiesAsync(member.ConversationId, 1, Timeout));
        Assert.Equal("Here is what I can do", CardReader.Texts(CardReader.AdaptiveCard(reply))[0]);
        Assert.NotEmpty(await StoredRowsMentioningAsync(member));
    }

    // Every row of every table the bot writes that names the user, their tenant or their conversation.
    private async Task<List<StoredEntity>> StoredRowsMentioningAsync(TeamsUser user)
    {
        var store = host.App.Services.GetRequiredService<IEntityStore>();
        var rows = new List<StoredEntity>();
        foreach (var table in new[] { ConversationReferences.TableName, BotStateStorage.TableName, OutboxLedger.TableName, OutboxDueIndex.TableName })
        {
            await foreach (var row in store.Table(table).ScanAsync(CancellationToken.None))
            {
                var text = row.PartitionKey + row.RowKey + row.Body;
                if (text.Contains(user.ObjectId, StringComparison.OrdinalIgnoreCase) || text.Contains(user.ConversationId, StringComparison.Ordinal)
                    || (user.TenantId != AllowedTenant && text.Contains(user.TenantId, StringComparison.OrdinalIgnoreCase)))
                    rows.Add(row);
            }
        }

        return rows;
    }

    public sealed class AllowListHost() : MentorBotHost(new Dictionary<string, string?> { ["MentorBot:AllowedTenants:0"] = AllowedTenant });
}
