using System.Text.Json.Nodes;

namespace MentorBot.Tests.Manifest;

/// <summary>The packaged manifest and its French strings against the official Teams schemas, offline.</summary>
public sealed class ManifestSchemaTests(PackagedApp app) : IClassFixture<PackagedApp>
{
    [Fact]
    public void PackagedManifest_IsValidAgainstTheOfficialTeamsSchema_OfItsManifestVersion()
    {
        Assert.Empty(TeamsSchemas.Problems(TeamsSchemas.Manifest(app.ManifestVersion), app.Manifest));
    }

    [Fact]
    public void Manifest_NamesTheSchemaOfItsOwnManifestVersion_AndFrenchStringsTheMatchingLocalizationSchema()
    {
        var version = app.ManifestVersion;

        Assert.Equal($"https://developer.microsoft.com/json-schemas/teams/v{version}/MicrosoftTeams.schema.json", app.Manifest["$schema"]?.GetValue<string>());
        Assert.Equal($"https://developer.microsoft.com/json-schemas/teams/v{version}/MicrosoftTeams.Localization.schema.json", app.French["$schema"]?.GetValue<string>());
    }

    [Fact]
    public void FrenchStrings_AreValidAgainstTheOfficialLocalizationSchema()
    {
        Assert.Empty(TeamsSchemas.Problems(TeamsSchemas.Localization(app.ManifestVersion), app.French));
    }

    [Fact]
    public void FrenchStrings_RespectTheLengthLimitsTheLocalizationSchemaStatesBesideItsRefs()
    {
        // The localisation schema writes maxLength next to a $ref for name.* and description.*; draft-04 and
        // draft-07 both ignore keywords beside a $ref, so the validator cannot see these limits: check them here.
        var schema = JsonNode.Parse(File.ReadAllText(Path.Combine(TeamsSchemas.PackageFolder, $"v{app.ManifestVersion}", "MicrosoftTeams.Localization.schema.json")))!;
        var limited = schema["properties"]!.AsObject().Where(p => p.Value?["maxLength"] is not null).ToList();
        Assert.NotEmpty(limited);

        foreach (var (key, property) in limited)
        {
            if (app.French[key]?.GetValue<string>() is { } text)
                Assert.True(text.Length <= property!["maxLength"]!.GetValue<int>(), $"fr-fr.json '{key}' has {text.Length} characters; the limit is {property["maxLength"]}.");
        }
    }

    [Fact]
    public void FrenchStrings_TranslateTheManifestsNameAndDescription()
    {
        foreach (var key in new[] { "name.short", "name.full", "description.short", "description.full" })
            Assert.False(string.IsNullOrWhiteSpace(app.French[key]?.GetValue<string>()), $"fr-fr.json lacks '{key}'.");
        Assert.Equal("fr-fr", app.Manifest["localizationInfo"]?["additionalLanguages"]?[0]?["languageTag"]?.GetValue<string>());
        Assert.Equal("fr-fr.json", app.Manifest["localizationInfo"]?["additionalLanguages"]?[0]?["file"]?.GetValue<string>());
    }

    [Theory]
    [InlineData("unknownProperty", "/unknownProperty")]
    [InlineData("botIdNotAGuid", "/bots/0/botId")]
    [InlineData("shortDescriptionTooLong", "/description/short")]
    [InlineData("missingDeveloper", "")]
    [InlineData("unknownBotScope", "/bots/0/scopes/0")]
    public void Validation_RejectsAManifestThatBreaksTheSchema(string breakage, string location)
    {
        var manifest = app.Manifest;
        switch (breakage)
        {
            case "unknownProperty":
                manifest["unknownProperty"] = true;
                break;
            case "botIdNotAGuid":
                manifest["bots"]![0]!["botId"] = "{{BOT_ID}}";
                break;
            case "shortDescriptionTooLong":
                manifest["description"]!["short"] = new string('x', 81);
                break;
            case "missingDeveloper":
                manifest.Remove("developer");
                break;
            case "unknownBotScope":
                manifest["bots"]![0]!["scopes"]![0] = "everywhere";
                break;
        }

        var problems = TeamsSchemas.Problems(TeamsSchemas.Manifest(app.ManifestVersion), manifest);

        Assert.Contains(problems, p => p.StartsWith($"{location}:", StringComparison.Ordinal));
    }

    [Fact]
    public void Validation_RejectsFrenchStringsForAFieldTheLocalizationSchemaDoesNotKnow()
    {
        var french = app.French;
        french["bots[0].commandLists[0].commands[0].nickname"] = "aide";

        Assert.NotEmpty(TeamsSchemas.Problems(TeamsSchemas.Localization(app.ManifestVersion), french));
    }

    [Fact]
    public void SchemaLoader_RefusesADraft04SchemaThatDraft07WouldReadDifferently()
    {
        var schema = new JsonObject
        {
            ["$schema"] = TeamsSchemas.Draft04,
            ["properties"] = new JsonObject { ["rating"] = new JsonObject { ["maximum"] = 5, ["exclusiveMaximum"] = true } },
        };

        var refused = Assert.Throws<InvalidOperationException>(() => TeamsSchemas.FromDraft04(schema, "test schema"));

        Assert.Contains("#/properties/rating/exclusiveMaximum", refused.Message, StringComparison.Ordinal);
    }
}
