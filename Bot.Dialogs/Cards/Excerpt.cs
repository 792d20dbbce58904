using System.Text.Json.Nodes;
using MentorBot.Dialogs.Localization;

namespace MentorBot.Dialogs.Cards;

/// <summary>
/// The first items of a list that may be long, and how many are left off: Teams refuses a message over its size limit
/// (about 28 KB for the whole activity, less than the 40 KB its bot documentation names, because the limit is counted
/// in UTF-16 and includes the envelope), so a card never lists without bound. What is left off is said in one line.
/// </summary>
public sealed record Excerpt<T>(IReadOnlyList<T> Shown, int LeftOff)
{
    /// <summary>The "…and 12 more." line, or nothing when the whole list is shown.</summary>
    public JsonObject? MoreLine(Localizer text) => LeftOff > 0 ? AdaptiveCard.Text(text.Format("ListAndMore", LeftOff), subtle: true) : null;

    /// <summary>Adds the shown items' elements, then the "and N more" line when some were left off.</summary>
    public void AddTo(List<JsonNode> body, Func<T, JsonNode> element, Localizer text)
    {
        body.AddRange(Shown.Select(element));
        if (MoreLine(text) is { } more)
            body.Add(more);
    }
}

/// <summary>Cuts lists for cards; see <see cref="Excerpt{T}"/>.</summary>
public static class Excerpt
{
    /// <summary>Items of a list shown at most on one card, unless the card says otherwise.</summary>
    public const int ShownPerCard = 10;

    /// <summary>
    /// At most <paramref name="max"/> items, and, when <paramref name="weight"/> is given, no more than fit in
    /// <paramref name="budget"/> (the weight of an item is the characters it adds; the first item is always shown).
    /// </summary>
    public static Excerpt<T> Of<T>(IEnumerable<T> items, int max = ShownPerCard, Func<T, int>? weight = null, int budget = int.MaxValue)
    {
        var all = items as IReadOnlyList<T> ?? [.. items];
        var shown = new List<T>();
        var used = 0;
        foreach (var item in all)
        {
            var cost = weight?.Invoke(item) ?? 0;
            if (shown.Count >= max || (shown.Count > 0 && used + cost > budget))
                break;
            shown.Add(item);
            used += cost;
        }

        return new Excerpt<T>(shown, all.Count - shown.Count);
    }
}
