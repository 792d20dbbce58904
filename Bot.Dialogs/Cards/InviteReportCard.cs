using System.Text.Json.Nodes;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Localization;

namespace MentorBot.Dialogs.Cards;

/// <summary>What became of each address a lead pasted: invited, already invited, not reachable yet, refused.</summary>
public static class InviteReportCard
{
    /// <summary>Addresses listed at most under each heading: 200 addresses of 254 characters would not fit in a card.</summary>
    public const int ShownPerSection = 15;

    public static JsonObject Build(string programmeName, InvitationOutcome outcome, Localizer text)
    {
        var body = new List<JsonNode> { AdaptiveCard.Heading(text.Format("InviteReportTitle", Markdown.Literal(programmeName))) };
        Section(body, text.Format("InviteReportInvited", outcome.Invited.Count), outcome.Invited, text);
        Section(body, text.Format("InviteReportAlready", outcome.AlreadyInvited.Count), outcome.AlreadyInvited, text);
        if (outcome.NotReachable.Count > 0)
        {
            Section(body, text.Format("InviteReportNotReachable", outcome.NotReachable.Count), outcome.NotReachable, text);
            body.Add(AdaptiveCard.Text(text["InviteReportInstallHint"], subtle: true));
        }

        if (outcome.Refused.Count > 0)
        {
            body.Add(AdaptiveCard.Text(text.Format("InviteReportRefused", outcome.Refused.Count), weight: "Bolder"));
            var refused = Excerpt.Of(outcome.Refused, ShownPerSection);
            body.Add(AdaptiveCard.FactSet(refused.Shown.Select(r => (Markdown.Literal(r.Entry), text[r.ReasonKey]))));
            if (refused.MoreLine(text) is { } more)
                body.Add(more);
        }

        return AdaptiveCard.Create(body);
    }

    private static void Section(List<JsonNode> body, string title, IReadOnlyList<string> addresses, Localizer text)
    {
        if (addresses.Count == 0)
            return;
        body.Add(AdaptiveCard.Text(title, weight: "Bolder"));
        var shown = Excerpt.Of(addresses, ShownPerSection);
        body.Add(AdaptiveCard.Text(Markdown.Bullets(shown.Shown.Select(Markdown.Literal))));
        if (shown.MoreLine(text) is { } more)
            body.Add(more);
    }
}
