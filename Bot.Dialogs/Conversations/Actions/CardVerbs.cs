using System.Reflection;
using MentorBot.Dialogs.Cards;

namespace MentorBot.Dialogs.Conversations.Actions;

/// <summary>
/// The verbs our cards post, found as the <c>…Verb</c> constants of the card builders, so that a card whose button
/// no action handles fails start-up instead of answering "no longer works" to its first user.
/// </summary>
public static class CardVerbs
{
    public static IReadOnlyList<string> Declared() =>
        [.. typeof(CardData).Assembly.GetTypes()
            .Where(t => t.Namespace is not null && (t.Namespace.EndsWith(".Cards", StringComparison.Ordinal) || t.Namespace.EndsWith(".Flows", StringComparison.Ordinal)))
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.IsLiteral && f.FieldType == typeof(string) && f.Name.EndsWith("Verb", StringComparison.Ordinal) && f.Name != nameof(CardData.VerbField))
            .Select(f => (string)f.GetRawConstantValue()!)
            .Distinct(StringComparer.Ordinal)];
}
