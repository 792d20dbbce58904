using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace MentorBot.Tests.Infrastructure;

/// <summary>Reads the Adaptive Card out of an activity the loopback connector caught.</summary>
public static class CardReader
{
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>The single Adaptive Card attachment's JSON; fails the test when there is not exactly one.</summary>
    public static JObject AdaptiveCard(Activity activity)
    {
        var attachment = Assert.Single(activity.Attachments ?? []);
        Assert.Equal(AdaptiveCardContentType, attachment.ContentType);
        return Assert.IsType<JObject>(attachment.Content);
    }

    /// <summary>Every TextBlock text and FactSet title/value of the card, in order.</summary>
    public static IReadOnlyList<string> Texts(JObject card) =>
        [.. card.Descendants().OfType<JObject>()
            .SelectMany(o => o.Value<string>("type") == "TextBlock" ? [o.Value<string>("text")!]
                : o.ContainsKey("title") && o.ContainsKey("value") ? new[] { o.Value<string>("title")!, o.Value<string>("value")! }
                : [])];

    public static IReadOnlyList<JObject> Actions(JObject card) => [.. (card["actions"] as JArray ?? []).OfType<JObject>()];
}
