using System.Text.Json.Nodes;

namespace MentorBot.Dialogs.Cards;

/// <summary>
/// Small constructors for Adaptive Card JSON (schema 1.5, the version Teams renders). Cards are data:
/// each card has one builder that turns a view model into JSON with these.
/// </summary>
/// <remarks>
/// Teams renders the text of a TextBlock and a fact's title and value as Markdown: what a person typed goes in through
/// <see cref="Markdown.Literal"/>; resource strings are ours. Every text set here is also cleaned of invisible characters
/// (<see cref="Markdown.Plain"/>), whatever its source, so none reaches a reader.
/// </remarks>
public static class AdaptiveCard
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";
    public const string Version = "1.5";

    public static JsonObject Create(IEnumerable<JsonNode> body, IEnumerable<JsonNode>? actions = null)
    {
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = Version,
            ["body"] = new JsonArray([.. body]),
        };
        if (actions is not null)
            card["actions"] = new JsonArray([.. actions]);
        return card;
    }

    public static JsonObject Text(string text, string? size = null, string? weight = null, bool wrap = true, bool subtle = false)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = Markdown.Plain(text), ["wrap"] = wrap };
        if (size is not null)
            block["size"] = size;
        if (weight is not null)
            block["weight"] = weight;
        if (subtle)
            block["isSubtle"] = true;
        return block;
    }

    public static JsonObject Heading(string text) => Text(text, size: "Large", weight: "Bolder");

    /// <summary>
    /// A button that posts <paramref name="data"/> back as a message. <see cref="CardData.VerbField"/> names the
    /// step it answers, so the conversation can tell a current card from a stale one.
    /// </summary>
    public static JsonObject Submit(string title, string verb, JsonObject? data = null)
    {
        var payload = data ?? [];
        payload[CardData.VerbField] = verb;
        return new JsonObject { ["type"] = "Action.Submit", ["title"] = Markdown.Plain(title), ["data"] = payload };
    }

    /// <summary>
    /// A button that sends an <c>adaptiveCard/action</c> invoke (Universal Actions): the bot answers with the card
    /// that replaces this one, so the card updates in place for whoever pressed it. The verb is also written into the
    /// data, so one router reads submissions and invokes alike.
    /// </summary>
    public static JsonObject Execute(string title, string verb, JsonObject? data = null)
    {
        var payload = data ?? [];
        payload[CardData.VerbField] = verb;
        return new JsonObject { ["type"] = "Action.Execute", ["title"] = Markdown.Plain(title), ["verb"] = verb, ["data"] = payload };
    }

    /// <summary>A button that opens, under itself, a confirmation of a step that cannot be undone, with the button that takes it.</summary>
    public static JsonObject Confirm(string title, string question, JsonNode action)
    {
        var card = Create([Text(question)], [action]);
        card.Remove("$schema");
        return new JsonObject { ["type"] = "Action.ShowCard", ["title"] = Markdown.Plain(title), ["card"] = card };
    }

    /// <summary>A button that opens a web address (a Teams deep link, a meeting's join link) without calling the bot.</summary>
    public static JsonObject OpenUrl(string title, Uri url) => new() { ["type"] = "Action.OpenUrl", ["title"] = Markdown.Plain(title), ["url"] = url.AbsoluteUri };

    public static JsonObject FactSet(IEnumerable<(string Title, string Value)> facts) => new()
    {
        ["type"] = "FactSet",
        ["facts"] = new JsonArray([.. facts.Select(f => (JsonNode)new JsonObject { ["title"] = Markdown.Plain(f.Title), ["value"] = Markdown.Plain(f.Value) })]),
    };
}
