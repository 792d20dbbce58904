using System.Text.Json.Nodes;
using MentorBot.Dialogs.Localization;

namespace MentorBot.Dialogs.Cards;

/// <summary>The confirmation before erasing everything about the user.</summary>
public static class DeleteMyDataCard
{
    public const string Verb = "deleteMyData";

    public static JsonObject Build(Localizer text) => AdaptiveCard.Create(
        [AdaptiveCard.Heading(text["DeleteTitle"]), AdaptiveCard.Text(text["DeleteWarning"])],
        [AdaptiveCard.Submit(text["DeleteButton"], Verb)]);
}
