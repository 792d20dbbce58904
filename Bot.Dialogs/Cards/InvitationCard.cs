using System.Text.Json.Nodes;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Localization;

namespace MentorBot.Dialogs.Cards;

/// <summary>What an invited person receives: the programme in a few words and a button to join in either role.</summary>
public static class InvitationCard
{
    public const string ProgrammeField = "programme";

    public static JsonObject Build(Programme programme, string? leadName, Localizer text) => AdaptiveCard.Create(
        [
            AdaptiveCard.Heading(text.Format("InvitationTitle", Markdown.Literal(programme.Name))),
            AdaptiveCard.Text(text.Format(
                "InvitationBody",
                string.IsNullOrWhiteSpace(leadName) ? text["InvitationLeadUnknown"] : Markdown.Literal(leadName),
                Markdown.Literal(programme.Name),
                programme.StartDate.ToString("D", text.Culture),
                programme.EndDate.ToString("D", text.Culture))),
        ],
        [
            AdaptiveCard.Submit(text["WelcomeJoinMentee"], CardData.JoinVerb, new JsonObject { [CardData.RoleField] = "mentee", [ProgrammeField] = programme.Id }),
            AdaptiveCard.Submit(text["WelcomeJoinMentor"], CardData.JoinVerb, new JsonObject { [CardData.RoleField] = "mentor", [ProgrammeField] = programme.Id }),
        ]);
}
