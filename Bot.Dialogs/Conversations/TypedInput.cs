using MentorBot.Dialogs.Domain.Text;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace MentorBot.Dialogs.Conversations;

/// <summary>
/// The edge where people's text comes in: a typed message and every string of a card's submission are cleaned once
/// (<see cref="TypedText.Clean"/>) before any command, flow or card action reads them, so no handler can forget; a text
/// that is not valid UTF-16 makes the whole input refused, and nothing is read from it or stored.
/// </summary>
public static class TypedInput
{
    /// <summary>Cleans the message's text and card values in place; false when one of them is not valid UTF-16.</summary>
    public static bool TryClean(IMessageActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!TypedText.IsWellFormed(activity.Text) || !TryClean(activity.Value))
            return false;
        activity.Text = TypedText.CleanOrNull(activity.Text);
        return true;
    }

    /// <summary>Cleans every string (and property name) of a card's data in place; false when one is not valid UTF-16.</summary>
    public static bool TryClean(object? data)
    {
        if (data is not JToken token)
            return data is not string text || TypedText.IsWellFormed(text);
        var strings = token.Type == JTokenType.String ? [(JValue)token] : token.SelectTokens("$..*").OfType<JValue>().Where(v => v.Type == JTokenType.String).ToList();
        var names = token.Type == JTokenType.Object ? token.SelectTokens("$..*").Prepend(token).OfType<JObject>().SelectMany(o => o.Properties()).Select(p => p.Name) : [];
        if (!names.All(TypedText.IsWellFormed) || !strings.All(v => TypedText.IsWellFormed((string?)v.Value)))
            return false;
        foreach (var value in strings)
            value.Value = TypedText.Clean((string)value.Value!);
        return true;
    }
}
