using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace MentorBot.Tests.Conversations;

/// <summary>Reading what the bot sent: card JSON, texts, and the submit data of a card's buttons.</summary>
public static class CardReading
{
    public static JObject? Card(this IMessageActivity reply) =>
        reply.Attachments?.FirstOrDefault(a => a.ContentType == "application/vnd.microsoft.card.adaptive")?.Content as JObject;

    public static JObject LastCard(this IReadOnlyList<IMessageActivity> replies) =>
        replies.Select(r => r.Card()).LastOrDefault(c => c is not null) ?? throw new Xunit.Sdk.XunitException("No card among the replies: " + Texts(replies));

    public static string Texts(this IReadOnlyList<IMessageActivity> replies) =>
        string.Join(" | ", replies.Select(r => r.Text ?? r.Card()?.SelectTokens("$..text").FirstOrDefault()?.ToString() ?? "(card)"));

    public static string Heading(this JObject card) => card.SelectTokens("$.body[?(@.type == 'TextBlock')].text").First().ToString();

    /// <summary>
    /// What Teams posts when a submit button is pressed: the action's data, every input's current value (its
    /// pre-filled value unless the user changed it), then the values the user "typed" here.
    /// </summary>
    public static JObject Submit(this JObject card, object? values = null, int action = 0)
    {
        var data = (JObject)card.SelectTokens("$..actions[*]").ElementAt(action)["data"]!.DeepClone();
        foreach (var input in card.SelectTokens("$..body[?(@.id)]").OfType<JObject>())
        {
            if (input["value"] is { } value && input.Value<string>("type")?.StartsWith("Input.", StringComparison.Ordinal) == true)
                data[input.Value<string>("id")!] = value.Type == JTokenType.String ? value : value.ToString();
        }

        if (values is not null)
            data.Merge(JObject.FromObject(values));
        return data;
    }

    public static IEnumerable<string> InputIds(this JObject card) =>
        card.SelectTokens("$..body[?(@.id)].id").Select(t => t.ToString());
}
