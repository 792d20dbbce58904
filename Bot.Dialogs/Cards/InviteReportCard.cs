using System.Text.Json.Nodes;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Localization;

namespace MentorBot.Dialogs.Cards;

/// <summary>What became of each address a lead pasted: invited, already invited, not reachable yet, refused.</summary>
public static class InviteReportCard
{
    public static JsonObject Build(string programmeName, InvitationOutcome outcome, Localizer text)
    {
        var body = new List<JsonNode> { AdaptiveCard.Heading(text.Format("InviteReportTitle", programmeName)) };
        Section(body, text.Format("InviteReportInvited", outcome.Invited.Count), outcome.Invited);
        Section(body, text.Format("InviteReportAlready", outcome.AlreadyInvited.Count), outcome.AlreadyInvited);
        if (outcome.NotReachable.Count > 0)
        {
            Section(body, text.Format("InviteReportNotReachable", outcome.NotReachable.Count), outcome.NotReachable);
            body.Add(AdaptiveCard.Text(text["InviteReportInstallHint"], subtle: true));
        }

        if (outcome.Refused.Count > 0)
        {
            body.Add(AdaptiveCard.Text(text.Format("InviteReportRefused", outcome.Refused.Count), weight: "Bolder"));
            body.Add(AdaptiveCard.FactSet(outcome.Refused.Select(r => (r.Entry, text[r.ReasonKey]))));
        }

        return AdaptiveCard.Create(body);
    }

    private static void Section(List<JsonNode> body, string title, IReadOnlyList<string> addresses)
    {
        if (addresses.Count == 0)
            return;
        body.Add(AdaptiveCard.Text(title, weight: "Bolder"));
        body.Add(AdaptiveCard.Text(string.Join("\n", addresses.Select(a => "- " + a))));
    }
}
