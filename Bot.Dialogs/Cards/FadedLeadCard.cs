using System.Text.Json.Nodes;
using MentorBot.Dialogs.Domain.Nudges;
using MentorBot.Dialogs.Localization;

namespace MentorBot.Dialogs.Cards;

/// <summary>
/// The leads' decision about a faded pair, when neither person answered "keep going, pause or end?" within a week:
/// the pair, why (how long quiet, and that the question went unanswered), what was already tried, and <b>Keep it</b>,
/// <b>End and rematch</b> or <b>End</b> (both ends behind a confirmation). One verb, the choice in the data; once a
/// lead decided, the card shows the decision instead of the buttons.
/// </summary>
public static class FadedLeadCard
{
    public const string Verb = "fadedDecide";

    public const string ChoiceField = "choice";
    public const string Keep = "keep";
    public const string EndAndRematch = "rematch";
    public const string End = "end";

    public static JsonObject Build(FadedLeadView view, Localizer text)
    {
        var (mentee, mentor) = (Markdown.Literal(view.MenteeName), Markdown.Literal(view.MentorName));
        var body = new List<JsonNode>
        {
            AdaptiveCard.Heading(text.Format("FadedLeadTitle", mentee, mentor)),
            AdaptiveCard.Text(text.Format("FadedLeadIntro", Markdown.Literal(view.ProgrammeName), view.QuietDays, NudgeRules.FadedAnswerDays)),
            AdaptiveCard.Text(text["EscalationTried"], weight: "Bolder"),
        };
        var tried = WhatWasTried.Latest(view.Tried, EscalationView.TriedShown);
        body.Add(AdaptiveCard.Text(tried.Count == 0 ? text["EscalationNothingTried"] : Markdown.Bullets(tried.Select(a => AttemptText.Line(a, view.ViewerTimeZone, text)))));

        if (view.Done is { } done)
            body.Add(AdaptiveCard.Text(text.Format("EscalationDone", text.Of(done.Action), CardDates.Day(done.At, view.ViewerTimeZone, text)), weight: "Bolder"));
        if (view.Outcome is { } outcome)
            body.Add(AdaptiveCard.Text(outcome, weight: view.Done is null ? "Bolder" : null));
        if (view.Done is not null || view.Outcome is not null)
            return AdaptiveCard.Create(body);

        return AdaptiveCard.Create(body,
        [
            Choice(view, text["FadedLeadKeep"], Keep),
            AdaptiveCard.Confirm(text["EscalationEndButton"], text.Format("EscalationEndConfirm", mentee), Choice(view, text["EscalationEndButton"], EndAndRematch)),
            AdaptiveCard.Confirm(text["FadedLeadEnd"], text["FadedLeadEndConfirm"], Choice(view, text["FadedLeadEnd"], End)),
        ]);
    }

    private static JsonObject Choice(FadedLeadView view, string title, string choice) =>
        AdaptiveCard.Execute(title, Verb, new JsonObject
        {
            [CardData.ProgrammeIdField] = view.ProgrammeId,
            [CardData.PairIdField] = view.PairId,
            [ChoiceField] = choice,
        });
}
