using MentorBot.Dialogs.Localization;

namespace MentorBot.Tests.Architecture;

/// <summary>
/// The dependency rules of ARCHITECTURE.md, checked on the compiled Bot.Dialogs assembly: everything the product
/// knows stays free of the Bot Framework, Azure, Graph, Hangfire and ASP.NET; only Conversations may use the Bot
/// Framework (it is the port to it), and even Conversations never touches Azure, Graph, Hangfire or ASP.NET.
/// </summary>
public sealed class DependencyRulesTests
{
    private const string Dialogs = "MentorBot.Dialogs";
    private const string Conversations = "MentorBot.Dialogs.Conversations";

    private static readonly string DialogsAssembly = typeof(Localizer).Assembly.Location;
    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlySet<string>>> DialogsScan = new(() => TypeReferenceScanner.Scan(DialogsAssembly));

    [Fact]
    public void DialogsOutsideConversations_UsesNoBotFrameworkAzureGraphHangfireOrAspNetType()
    {
        var rule = new DependencyRule(Dialogs, DependencyRule.OutsideWorld, Except: Conversations);

        AssertNone(rule.Violations(DialogsScan.Value));
    }

    [Fact]
    public void Conversations_UsesNoAzureGraphHangfireOrAspNetType()
    {
        var rule = new DependencyRule(Conversations, DependencyRule.OutsideWorldButBotFramework);

        AssertNone(rule.Violations(DialogsScan.Value));
    }

    [Fact]
    public void TheRules_CoverTheTypesTheyAreAbout()
    {
        // A rule over no types passes vacuously: make sure the scan sees the areas by their current names.
        var scanned = DialogsScan.Value.Keys;

        Assert.Contains("MentorBot.Dialogs.Cards.WelcomeCard", scanned);
        Assert.Contains("MentorBot.Dialogs.Localization.Localizer", scanned);
        Assert.Contains("MentorBot.Dialogs.Abstractions.Storage.IEntityStore", scanned);
        Assert.Contains(typeof(Microsoft.Bot.Builder.ITurnContext).FullName!, DialogsScan.Value["MentorBot.Dialogs.Conversations.PersonalChat"]);
    }

    [Fact]
    public void DialogsAssembly_ReferencesNeitherTheHostNorAzureGraphHangfireOrAspNet()
    {
        var references = TypeReferenceScanner.AssemblyReferences(DialogsAssembly);

        Assert.DoesNotContain("MentorBot", references);
        Assert.DoesNotContain(references, name => DependencyRule.OutsideWorldButBotFramework.Any(ns => name == ns || name.StartsWith(ns + ".", StringComparison.Ordinal)));
    }

    [Fact]
    public void Checker_FindsForbiddenTypes_InBodiesSignaturesLambdasAndAsyncState()
    {
        var samples = typeof(DependencySamples).FullName!;
        var rule = new DependencyRule(samples, DependencyRule.OutsideWorld);

        var violations = rule.Violations(TypeReferenceScanner.Scan(typeof(DependencySamples).Assembly.Location));

        Assert.Contains($"{samples}+BotSchemaInMethodBodyOnly uses Microsoft.Bot.Schema.Activity", violations);
        Assert.Contains($"{samples}+HangfireInSignatureOnly uses Hangfire.IBackgroundJobClient", violations);
        Assert.Contains($"{samples}+AspNetCoreInLambdaOnly uses Microsoft.AspNetCore.Http.DefaultHttpContext", violations);
        Assert.Contains($"{samples}+AzureInAsyncStateOnly uses Azure.Data.Tables.TableEntity", violations);
        Assert.DoesNotContain(violations, v => v.StartsWith($"{samples}+PlainDotNet ", StringComparison.Ordinal));
    }

    [Fact]
    public void Checker_AllowsTheBotFrameworkOnlyWhereTheRuleSaysSo()
    {
        var samples = typeof(DependencySamples).FullName!;
        var rule = new DependencyRule(samples, DependencyRule.OutsideWorldButBotFramework);

        var violations = rule.Violations(TypeReferenceScanner.Scan(typeof(DependencySamples).Assembly.Location));

        Assert.DoesNotContain(violations, v => v.Contains("Microsoft.Bot.", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Contains("Hangfire.", StringComparison.Ordinal));
    }

    private static void AssertNone(IReadOnlyList<string> violations) =>
        Assert.True(violations.Count == 0, $"Forbidden dependencies:\n{string.Join('\n', violations)}");
}
