using MentorBot.Dialogs.Conversations;
using MentorBot.Tests.Infrastructure;

namespace MentorBot.Tests.Localization;

/// <summary>
/// Strings.resx (English) and Strings.fr.resx (French) say the same things: same keys, nothing empty, the same
/// placeholders; and every key the code asks for exists. A key missing in French would silently fall back to
/// English for French users, and a key missing everywhere throws in the middle of a turn.
/// </summary>
public sealed class ResourceTests
{
    private const string En = "Strings.resx";
    private const string Fr = "Strings.fr.resx";

    private static readonly IReadOnlyDictionary<string, string> English = ResxFile.Read(RepositoryRoot.Combine("Bot.Dialogs", "Resources", En));
    private static readonly IReadOnlyDictionary<string, string> French = ResxFile.Read(RepositoryRoot.Combine("Bot.Dialogs", "Resources", Fr));

    [Fact]
    public void BothLanguages_HoldTheSameKeys()
    {
        Assert.NotEmpty(English);
        AssertNone(ResourceAudit.KeysInOneLanguageOnly(En, English, Fr, French));
    }

    [Fact]
    public void NoString_IsEmpty()
    {
        AssertNone([.. ResourceAudit.EmptyValues(En, English), .. ResourceAudit.EmptyValues(Fr, French)]);
    }

    [Fact]
    public void Placeholders_MatchBetweenLanguages()
    {
        AssertNone(ResourceAudit.PlaceholderMismatches(En, English, Fr, French));
    }

    [Fact]
    public void EveryString_IsAValidFormat_WithNoGapInItsPlaceholders()
    {
        AssertNone([.. ResourceAudit.UnformattableValues(En, English), .. ResourceAudit.UnformattableValues(Fr, French)]);
    }

    [Fact]
    public void EveryKey_IsPascalCase_SoTheCodeScanCanTellKeysFromOtherLiterals()
    {
        Assert.All(English.Keys, key => Assert.Matches("^[A-Z][A-Za-z0-9]*$", key));
    }

    [Fact]
    public void EveryKeyTheCodeUses_ExistsInBothLanguages()
    {
        var used = ResourceKeysInCode.Scan([RepositoryRoot.Combine("Bot.Dialogs"), RepositoryRoot.Combine("Bot")]);

        // The scan must see the uses we know of, or an empty result would pass for the wrong reason.
        Assert.Contains("WelcomeTitle", used.Keys);
        Assert.Contains("TextTooLong", used.Keys);
        Assert.Contains("OnboardNoProgramme", used.Keys);
        Assert.Contains("TurnError", used.Keys);
        AssertNone([.. used
            .Where(use => !English.ContainsKey(use.Key) || !French.ContainsKey(use.Key))
            .Select(use => $"'{use.Key}' (used in {string.Join(", ", use.Value)}) is missing from {(English.ContainsKey(use.Key) ? Fr : En)}")]);
    }

    [Fact]
    public void EveryCommandDescription_ExistsInBothLanguages()
    {
        Assert.All(BotCommands.All, command =>
        {
            Assert.True(English.ContainsKey(command.DescriptionKey), $"{command.Name}: '{command.DescriptionKey}' is missing from {En}");
            Assert.True(French.ContainsKey(command.DescriptionKey), $"{command.Name}: '{command.DescriptionKey}' is missing from {Fr}");
        });
    }

    [Fact]
    public void Audit_FlagsAKeyInOneLanguageOnly_AndAPlaceholderMismatch()
    {
        var en = new Dictionary<string, string> { ["Hello"] = "Hello {0}", ["OnlyHere"] = "x", ["Blank"] = " " };
        var fr = new Dictionary<string, string> { ["Hello"] = "Bonjour {1}", ["Blank"] = "vide", ["OnlyThere"] = "y" };

        Assert.Equal(["'OnlyHere' is in en but not in fr", "'OnlyThere' is in fr but not in en"], ResourceAudit.KeysInOneLanguageOnly("en", en, "fr", fr));
        Assert.Equal(["'Hello' has placeholders {0} in en but {1} in fr"], ResourceAudit.PlaceholderMismatches("en", en, "fr", fr));
        Assert.Equal(["'Blank' is empty in en"], ResourceAudit.EmptyValues("en", en));
        Assert.Single(ResourceAudit.UnformattableValues("fr", fr));
        Assert.Single(ResourceAudit.UnformattableValues("x", new Dictionary<string, string> { ["Stray"] = "a } b" }));
    }

    [Fact]
    public void CodeScan_FindsKeysInIndexersConditionalsFormatAndGet_AndNothingElse()
    {
        const string source = """
            var a = text["First"];
            var b = text[role == "mentee" ? "SecondA" : "SecondB"];
            var c = text.Format("Third", 1, 2);
            var d = new Localizer(turn.Activity.Locale)["Fourth"];
            var e = localizer.Get("Fifth");
            var f = card["NotAKey"];
            var g = string.Format("{0}", "AlsoNotAKey");
            """;

        var keys = ResourceKeysInCode.Find(source).Select(k => k.Key);

        Assert.Equal(["First", "SecondA", "SecondB", "Third", "Fourth", "Fifth"], keys);
    }

    private static void AssertNone(IReadOnlyList<string> problems) =>
        Assert.True(problems.Count == 0, string.Join('\n', problems));
}
