using System.Net;
using System.Text;
using MentorBot.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace MentorBot.Tests.Integration;

/// <summary>
/// A turn that throws reaches the adapter's OnTurnError: the whole exception is logged and the user is told, in
/// their language. The failure is a real one: the entity store's SQLite file is corrupted under the running bot.
/// </summary>
public sealed class TurnErrorTests(MentorBotHost host) : IClassFixture<MentorBotHost>
{
    [Theory]
    [InlineData("en-US", "Sorry, something went wrong on my side and I could not finish that. Please try again in a moment.")]
    [InlineData("fr-FR", "Désolé, un problème est survenu de mon côté et je n'ai pas pu terminer. Réessayez dans un instant.")]
    public async Task StorageFailureInATurn_IsLogged_AndTheUserGetsTheLocalisedApology(string locale, string apology)
    {
        await CorruptTheEntityStoreAsync();
        var user = TeamsUser.New(Guid.NewGuid().ToString(), locale);

        using var response = await host.App.PostActivityAsync(TeamsActivities.Message(user, host.ServiceUrl, "help"));

        Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);
        var reply = Assert.Single(await host.Connector.WaitForActivitiesAsync(user.ConversationId, 1, TimeSpan.FromSeconds(10)));
        Assert.Equal(apology, reply.Text);
        var logged = Assert.Single(host.App.Logs.Entries, e => e.Level == LogLevel.Error && e.Category == "MentorBot.Teams.MentorBotAdapter" && e.Message.Contains(user.ConversationId, StringComparison.Ordinal));
        Assert.IsType<SqliteException>(logged.Exception);
    }

    // Makes every later read of the entity store fail with "file is not a database", as a damaged disk would.
    private async Task CorruptTheEntityStoreAsync()
    {
        // The store must exist before it is damaged (it is created on first use); a turn creates it.
        var warmUp = TeamsUser.New(Guid.NewGuid().ToString());
        using (var response = await host.App.PostActivityAsync(TeamsActivities.Message(warmUp, host.ServiceUrl, "help")))
            response.EnsureSuccessStatusCode();

        var file = Path.Combine(host.App.DataFolder, "mentorbot.db");
        Assert.True(File.Exists(file), $"The entity store should be at {file}.");
        SqliteConnection.ClearAllPools();
        File.Delete(file + "-wal");
        File.Delete(file + "-shm");
        await File.WriteAllTextAsync(file, new StringBuilder().Insert(0, "not a database ", 512).ToString());
    }
}
