using System.Text.Json.Nodes;
using MentorBot.Dialogs.Domain;
using MentorBot.Dialogs.Domain.Nudges;
using MentorBot.Dialogs.Localization;

namespace MentorBot.Dialogs.Cards;

/// <summary>
/// A lead's escalation: the pair, why (health reasons), what was already tried, and one click to <b>Nudge again</b>,
/// <b>Message both</b> (a short text, in a card that opens under the button) or <b>End and rematch</b> (behind a
/// confirmation). Every button is an Action.Execute through the authorisation gate; once one is used the card shows
/// what was done instead of the buttons.
/// </summary>
public static class EscalationCard
{
    /// <summary>Nudge again: a fresh no-meeting nudge to both people now.</summary>
    public const string NudgeVerb = "escalationNudge";

    /// <summary>Send the lead's short message (<see cref="MessageField"/>) to both people.</summary>
    public const string MessageVerb = "escalationMessage";

    /// <summary>End the pair and offer the mentee a rematch.</summary>
    public const string EndAndRematchVerb = "pairEndRematch";

    public const string MessageField = "message";

    /// <summary>The most a lead's message to the pair may hold (checked again when it is sent).</summary>
    public const int MessageMax = Limits.LeadMessageMax;

    public static JsonObject Build(EscalationView view, Localizer text)
    {
        var body = new List<JsonNode>
        {
            AdaptiveCard.Heading(text.Format("EscalationTitle", Markdown.Literal(view.MenteeName), Markdown.Literal(view.MentorName))),
            AdaptiveCard.Text(text.Format("EscalationIntro", Markdown.Literal(view.ProgrammeName))),
        };
        if (view.Reasons.Count > 0)
        {
            body.Add(AdaptiveCard.Text(text["EscalationWhy"], weight: "Bolder"));
            body.Add(AdaptiveCard.Text(HealthText.List(view.Reasons, text)));
        }

        body.Add(AdaptiveCard.Text(text["EscalationTried"], weight: "Bolder"));
        var tried = WhatWasTried.Latest(view.Tried, EscalationView.TriedShown);
        body.Add(AdaptiveCard.Text(tried.Count == 0 ? text["EscalationNothingTried"] : Markdown.Bullets(tried.Select(a => AttemptText.Line(a, view.ViewerTimeZone, text)))));

        if (view.Done is { } done)
            body.Add(AdaptiveCard.Text(text.Format("EscalationDone", text.Of(done.Action), CardDates.Day(done.At, view.ViewerTimeZone, text)), weight: "Bolder"));
        if (view.Outcome is { } outcome)
            body.Add(AdaptiveCard.Text(outcome, weight: view.Done is null ? "Bolder" : null));
        if (view.Done is not null || view.Outcome is not null)
            return AdaptiveCard.Create(body);

        return AdaptiveCard.Create(body, Actions(view, text));
    }

    private static IEnumerable<JsonNode> Actions(EscalationView view, Localizer text)
    {
        JsonObject Pair() => new() { [CardData.ProgrammeIdField] = view.ProgrammeId, [CardData.PairIdField] = view.PairId };
        yield return AdaptiveCard.Execute(text["EscalationNudgeButton"], NudgeVerb, Pair());
        yield return ShowCard(
            text["EscalationMessageButton"],
            [CardInputs.Text(MessageField, text.Format("EscalationMessageLabel", MessageMax), maxLength: MessageMax, required: true, multiline: true)],
            AdaptiveCard.Execute(text["EscalationMessageSend"], MessageVerb, Pair()));
        yield return ShowCard(
            text["EscalationEndButton"],
            [AdaptiveCard.Text(text.Format("EscalationEndConfirm", Markdown.Literal(view.MenteeName)))],
            AdaptiveCard.Execute(text["EscalationEndButton"], EndAndRematchVerb, Pair()));
    }

    // A card that opens under its button: the message box, or the confirmation of a step that cannot be undone.
    private static JsonObject ShowCard(string title, IEnumerable<JsonNode> body, JsonNode action)
    {
        var card = AdaptiveCard.Create(body, [action]);
        card.Remove("$schema");
        return new JsonObject { ["type"] = "Action.ShowCard", ["title"] = Markdown.Plain(title), ["card"] = card };
    }
}
