using System.Text.Json.Nodes;
using MentorBot.Dialogs.Cards;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace MentorBot.Dialogs.Conversations;

/// <summary>Turns a card built as data into the attachment the Bot Framework sends.</summary>
public static class CardAttachment
{
    public static Attachment From(JsonObject card) => new()
    {
        ContentType = AdaptiveCard.ContentType,

        // The Bot Framework serialises with Newtonsoft; hand it a JObject so the card goes out verbatim.
        Content = JObject.Parse(card.ToJsonString()),
    };

    public static IMessageActivity Message(JsonObject card) =>
        Microsoft.Bot.Builder.MessageFactory.Attachment(From(card));
}
