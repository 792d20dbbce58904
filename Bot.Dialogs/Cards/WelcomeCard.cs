using System.Text.Json.Nodes;
using MentorBot.Dialogs.Localization;

namespace MentorBot.Dialogs.Cards;

/// <summary>Sent on install: says what MentorBot is for and offers the two ways to join.</summary>
public static class WelcomeCard
{
    public static JsonObject Build(Localizer text) => AdaptiveCard.Create(
        [
            AdaptiveCard.Heading(text["WelcomeTitle"]),
            AdaptiveCard.Text(text["WelcomeBody"]),
            AdaptiveCard.Text(text["WelcomeQuestion"], weight: "Bolder"),
            AdaptiveCard.Text(text["WelcomeHelp"], subtle: true),
        ],
        [
            AdaptiveCard.Submit(text["WelcomeJoinMentee"], CardData.JoinVerb, new JsonObject { [CardData.RoleField] = "mentee" }),
            AdaptiveCard.Submit(text["WelcomeJoinMentor"], CardData.JoinVerb, new JsonObject { [CardData.RoleField] = "mentor" }),
        ]);
}
