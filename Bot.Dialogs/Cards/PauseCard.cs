using System.Text.Json.Nodes;
using MentorBot.Dialogs.Localization;

namespace MentorBot.Dialogs.Cards;

/// <summary>Asks until when to pause (for `pause` typed without a date).</summary>
public static class PauseCard
{
    public const string Verb = "pause";
    public const string UntilField = "until";

    public static JsonObject Build(Localizer text) => AdaptiveCard.Create(
        [
            AdaptiveCard.Heading(text["PauseTitle"]),
            new JsonObject { ["type"] = "Input.Date", ["id"] = UntilField, ["label"] = text["PauseUntilLabel"], ["isRequired"] = true },
        ],
        [AdaptiveCard.Submit(text["PauseButton"], Verb)]);
}
