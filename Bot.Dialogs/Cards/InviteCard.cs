using System.Text.Json.Nodes;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Localization;

namespace MentorBot.Dialogs.Cards;

/// <summary>Where a lead pastes the UPNs or e-mail addresses of the people to invite to a programme.</summary>
public static class InviteCard
{
    public const string SendVerb = "programmeInviteSend";
    public const string AddressesField = "addresses";

    public static JsonObject Build(Programme programme, Localizer text) => AdaptiveCard.Create(
        [
            AdaptiveCard.Heading(text.Format("InviteTitle", Markdown.Literal(programme.Name))),
            CardInputs.Text(AddressesField, text["InviteAddressesLabel"], maxLength: InvitationList.MaxTextLength, required: true, placeholder: "ada@contoso.com\nbob@contoso.com", multiline: true),
            AdaptiveCard.Text(text.Format("InviteHint", InvitationList.MaxAddresses), subtle: true),
        ],
        [AdaptiveCard.Submit(text["InviteSend"], SendVerb, new JsonObject { [ProgrammeFormCard.IdField] = programme.Id })]);
}
