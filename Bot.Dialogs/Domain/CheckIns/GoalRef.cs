using System.Security.Cryptography;
using System.Text;

namespace MentorBot.Dialogs.Domain.CheckIns;

/// <summary>
/// A goal as a check-in asked about it: a stable id and the words it had then. Goals are stored as plain text on the
/// participant, so the id is a digest of the normalised text: reordering goals, adding one or changing case and
/// spacing keeps the history of the others; rewording a goal makes it a new goal, and the old one keeps its history
/// under the words it had (the check-in keeps them).
/// </summary>
public sealed record GoalRef(string Id, string Text)
{
    public static GoalRef For(string goal) => new(IdOf(goal), goal.Trim());

    /// <summary>The person's goals as a check-in asks about them: one per distinct id, in their order.</summary>
    public static IReadOnlyList<GoalRef> ListOf(IEnumerable<string> goals) =>
        [.. goals.Where(g => !string.IsNullOrWhiteSpace(g)).Select(For).DistinctBy(g => g.Id)];

    public static string IdOf(string goal)
    {
        var normalised = string.Join(' ', goal.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(normalised));
        return "g" + Convert.ToHexStringLower(digest.AsSpan(0, 6));
    }
}
