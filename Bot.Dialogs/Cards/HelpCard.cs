using System.Text.Json.Nodes;
using MentorBot.Dialogs.Conversations;
using MentorBot.Dialogs.Localization;

namespace MentorBot.Dialogs.Cards;

/// <summary>The list of commands, each with its name in the user's language and what it does.</summary>
public static class HelpCard
{
    public static JsonObject Build(Localizer text, IEnumerable<BotCommand> commands) => AdaptiveCard.Create(
        [
            AdaptiveCard.Heading(text["HelpTitle"]),
            AdaptiveCard.Text(text["HelpIntro"]),
            AdaptiveCard.FactSet(commands.Select(c => (c.NameIn(text.Language), text[c.DescriptionKey]))),
        ]);
}
