using System.Text.RegularExpressions;
using MentorBot.Tests.Infrastructure;

namespace MentorBot.Tests.Architecture;

/// <summary>Pairs, participants and programmes change status only through their domain methods, which refuse illegal transitions.</summary>
public sealed partial class LifecycleRuleTests
{
    [Fact]
    public void NoCodeOutsideTheDomain_SetsAStatusWithAWithExpression()
    {
        var offenders = new[] { "Bot", "Bot.Dialogs" }
            .SelectMany(project => Directory.EnumerateFiles(RepositoryRoot.Combine(project), "*.cs", SearchOption.AllDirectories))
            .Where(file => !file.Contains($"{System.IO.Path.DirectorySeparatorChar}obj{System.IO.Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(file => !file.StartsWith(RepositoryRoot.Combine("Bot.Dialogs", "Domain"), StringComparison.Ordinal))
            .Where(file => StatusInWith().IsMatch(File.ReadAllText(file)))
            .Select(file => System.IO.Path.GetRelativePath(RepositoryRoot.Path, file))
            .ToList();

        Assert.Empty(offenders);
    }

    [GeneratedRegex(@"with\s*\{[^}]*\bStatus\s*=", RegexOptions.Singleline)]
    private static partial Regex StatusInWith();
}
