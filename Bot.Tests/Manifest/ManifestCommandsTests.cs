using System.Text.Json.Nodes;
using MentorBot.Dialogs.Conversations;

namespace MentorBot.Tests.Manifest;

/// <summary>The manifest offers exactly the commands the bot understands, in English and in French.</summary>
public sealed class ManifestCommandsTests(PackagedApp app) : IClassFixture<PackagedApp>
{
    [Fact]
    public void ManifestCommands_AndBotCommands_AreTheSameSet()
    {
        Assert.Empty(CommandCatalogue.Mismatches(app.Manifest, app.French, BotCommands.All));
    }

    [Fact]
    public void EveryManifestCommand_IsFoundByTheBot()
    {
        var titles = Commands(app.Manifest).Select(c => c!["title"]!.GetValue<string>()).ToList();

        Assert.NotEmpty(titles);
        Assert.All(titles, title => Assert.NotNull(BotCommands.Find(title)));
        Assert.Equal(BotCommands.All.Where(c => c.InMenu).Select(c => c.Name).Order(), titles.Order());
    }

    [Fact]
    public void CommandsLeftOutOfTheMenu_AreStillUnderstood_AndTheMenuFitsTeamsLimit()
    {
        Assert.InRange(BotCommands.All.Count(c => c.InMenu), 1, 10);
        Assert.All(BotCommands.All.Where(c => !c.InMenu), c => Assert.Same(c, BotCommands.Find(c.Name)));
    }

    [Fact]
    public void Bot_IsInstallableInPersonalAndTeamScopes_WithoutTeamCommandsYet()
    {
        var bot = app.Manifest["bots"]![0]!;

        Assert.Equal(["personal", "team"], bot["scopes"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.All(bot["commandLists"]!.AsArray(), list => Assert.Equal([CommandCatalogue.PersonalScope], list!["scopes"]!.AsArray().Select(s => s!.GetValue<string>())));
    }

    [Fact]
    public void Mismatch_IsReported_WhenTheManifestListsACommandTheBotDoesNotUnderstand()
    {
        var manifest = app.Manifest;
        Commands(manifest).Add(new JsonObject { ["title"] = "dashboard", ["description"] = "Show the programme dashboard" });

        var mismatches = CommandCatalogue.Mismatches(manifest, app.French, BotCommands.All);

        Assert.Contains(mismatches, m => m.Contains("lists 'dashboard', which the bot does not understand", StringComparison.Ordinal));
    }

    [Fact]
    public void Mismatch_IsReported_WhenTheBotUnderstandsACommandTheManifestDoesNotList()
    {
        BotCommand dashboard = new("dashboard", "tableau de bord", "HelpCommandDashboard");

        var mismatches = CommandCatalogue.Mismatches(app.Manifest, app.French, [.. BotCommands.All, dashboard]);

        Assert.Contains(mismatches, m => m.Contains("the bot understands 'dashboard', but the manifest's personal command list does not offer it", StringComparison.Ordinal));
    }

    [Fact]
    public void Mismatch_IsReported_WhenATeamCommandListAppearsBeforeTheBotHasTeamCommands()
    {
        var manifest = app.Manifest;
        manifest["bots"]![0]!["commandLists"]!.AsArray().Add(new JsonObject
        {
            ["scopes"] = new JsonArray("team"),
            ["commands"] = new JsonArray(new JsonObject { ["title"] = "help", ["description"] = "Show what MentorBot can do" }),
        });

        var mismatches = CommandCatalogue.Mismatches(manifest, app.French, BotCommands.All);

        Assert.Contains(mismatches, m => m.Contains("commandLists[1] is for scopes team", StringComparison.Ordinal));
    }

    [Fact]
    public void Mismatch_IsReported_WhenAFrenchTitleIsNotTheBotsFrenchName()
    {
        var french = app.French;
        french["bots[0].commandLists[0].commands[0].title"] = "au secours";

        var mismatches = CommandCatalogue.Mismatches(app.Manifest, french, BotCommands.All);

        Assert.Contains(mismatches, m => m.Contains($"the bot's French name for '{BotCommands.All[0].Name}' is '{BotCommands.All[0].FrenchName}'", StringComparison.Ordinal));
    }

    [Fact]
    public void Mismatch_IsReported_WhenFrenchStringsTranslateACommandTheManifestLacks()
    {
        var french = app.French;
        french["bots[0].commandLists[0].commands[12].title"] = "synthèse";

        var mismatches = CommandCatalogue.Mismatches(app.Manifest, french, BotCommands.All);

        Assert.Contains(mismatches, m => m.Contains("translates 'bots[0].commandLists[0].commands[12].title'", StringComparison.Ordinal));
    }

    private static JsonArray Commands(JsonObject manifest) => manifest["bots"]![0]!["commandLists"]![0]!["commands"]!.AsArray();
}
