using System.Text.Json.Nodes;
using MentorBot.Tests.Infrastructure;

namespace MentorBot.Tests.Manifest;

/// <summary>tools/package-app.sh, the command the README gives administrators, run as they would run it.</summary>
public sealed class AppPackageTests(PackagedApp app) : IClassFixture<PackagedApp>
{
    [Fact]
    public void Package_HoldsExactlyTheFourFiles_AtItsRoot()
    {
        Assert.Equal(AppPackage.Files.Order(), app.Files.Keys.Order());
    }

    [Fact]
    public void Package_FillsInTheBotIdAndDomain_AndLeavesNoPlaceholder()
    {
        var manifest = app.Manifest;

        Assert.DoesNotContain("{{", app.Text("manifest.json"), StringComparison.Ordinal);
        Assert.DoesNotContain("{{", app.Text("fr-fr.json"), StringComparison.Ordinal);
        Assert.Equal(PackagedApp.BotId, manifest["id"]?.GetValue<string>());
        Assert.Equal(PackagedApp.BotId, manifest["bots"]?[0]?["botId"]?.GetValue<string>());
        Assert.Equal(PackagedApp.BotId, manifest["webApplicationInfo"]?["id"]?.GetValue<string>());
        Assert.Equal($"api://botid-{PackagedApp.BotId}", manifest["webApplicationInfo"]?["resource"]?.GetValue<string>());
        Assert.Equal([PackagedApp.Domain], manifest["validDomains"]!.AsArray().Select(d => d!.GetValue<string>()));
        Assert.Equal($"https://{PackagedApp.Domain}/", manifest["developer"]?["privacyUrl"]?.GetValue<string>());
        Assert.Equal("1.0.0", manifest["version"]?.GetValue<string>());
    }

    [Fact]
    public void Template_KeepsPlaceholders_SoNoEnvironmentsIdIsCommitted()
    {
        var template = File.ReadAllText(RepositoryRoot.Combine("manifest", "manifest.json"));

        Assert.Contains("\"botId\": \"{{BOT_ID}}\"", template, StringComparison.Ordinal);
        Assert.Contains("\"{{BOT_DOMAIN}}\"", template, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Package_UsesTheGivenAppIdVersionAndLinks_AndLowercasesIds()
    {
        var files = await AppPackage.BuildAsync(
            PackagedApp.BotId.ToUpperInvariant(),
            "MentorBot.Example.com",
            "--app-id", "0A1B2C3D-4E5F-4061-8273-94A5B6C7D8E9",
            "--version", "2.3.14",
            "--privacy-url", "https://example.com/legal/privacy");
        var manifest = JsonNode.Parse(files["manifest.json"])!;

        Assert.Equal("0a1b2c3d-4e5f-4061-8273-94a5b6c7d8e9", manifest["id"]?.GetValue<string>());
        Assert.Equal(PackagedApp.BotId, manifest["bots"]?[0]?["botId"]?.GetValue<string>());
        Assert.Equal("mentorbot.example.com", manifest["validDomains"]?[0]?.GetValue<string>());
        Assert.Equal("2.3.14", manifest["version"]?.GetValue<string>());
        Assert.Equal("https://example.com/legal/privacy", manifest["developer"]?["privacyUrl"]?.GetValue<string>());
        Assert.Equal("https://mentorbot.example.com/", manifest["developer"]?["termsOfUseUrl"]?.GetValue<string>());
    }

    [Theory]
    [InlineData("--bot-id", "not-a-guid", "is not a GUID")]
    [InlineData("--bot-id", "5c1e8f3a-2b7d-4e6f-9a0b-3c4d5e6f7a8", "is not a GUID")]
    [InlineData("--domain", "https://mentorbot.example.com", "host name only")]
    [InlineData("--domain", "mentorbot.example.com/api/messages", "host name only")]
    [InlineData("--domain", "mentorbot.example.com:443", "host name only")]
    [InlineData("--domain", "localhost", "not a fully qualified host name")]
    [InlineData("--domain", "-bad-.example.com", "not a fully qualified host name")]
    [InlineData("--domain", "mentor bot.example.com", "not a fully qualified host name")]
    [InlineData("--version", "1.0", "must be major.minor.patch")]
    [InlineData("--privacy-url", "http://example.com/privacy", "is not an https URL")]
    [InlineData("--privacy-url", "https://example.com/?a=1&b=2", "is not an https URL")]
    public async Task Script_RefusesBadInput_AndWritesNoPackage(string option, string value, string complaint)
    {
        var folder = Directory.CreateTempSubdirectory("mentorbot-package-");
        try
        {
            var zip = Path.Combine(folder.FullName, "mentorbot.zip");
            var arguments = new Dictionary<string, string> { ["--bot-id"] = PackagedApp.BotId, ["--domain"] = PackagedApp.Domain, [option] = value };

            var run = await AppPackage.RunScriptAsync([.. arguments.SelectMany(a => new[] { a.Key, a.Value }), "--out", zip]);

            Assert.Equal(2, run.ExitCode);
            Assert.Contains(complaint, run.Stderr, StringComparison.Ordinal);
            Assert.False(File.Exists(zip), "A refused run must not leave a package behind.");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Script_RequiresTheBotIdAndDomain()
    {
        var run = await AppPackage.RunScriptAsync("--domain", PackagedApp.Domain);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--bot-id is required", run.Stderr, StringComparison.Ordinal);
    }
}
