using System.Text.Json.Nodes;
using MentorBot.Dialogs.Domain.CheckIns;
using MentorBot.Dialogs.Localization;

namespace MentorBot.Dialogs.Cards;

/// <summary>
/// What a check-in card becomes once answered: the person's own answer in short, and Change my answer while it is
/// their latest check-in (an older one says a newer one replaced it).
/// </summary>
public static class CheckInSummaryCard
{
    public static JsonObject Build(CheckInView view, Localizer text)
    {
        var checkIn = view.CheckIn;
        var body = new List<JsonNode> { AdaptiveCard.Heading(text.Format("CheckInTitle", Markdown.Literal(view.PartnerName))) };
        if (checkIn.Answer is not { } answer)
        {
            body.Add(AdaptiveCard.Text(text["CheckInNotAnswered"]));
            return AdaptiveCard.Create(body);
        }

        body.Add(AdaptiveCard.Text(text["CheckInThanks"]));
        body.Add(AdaptiveCard.FactSet(Facts(checkIn, answer, text)));
        if (!view.IsCurrent)
        {
            body.Add(AdaptiveCard.Text(text["CheckInSuperseded"], subtle: true));
            return AdaptiveCard.Create(body);
        }

        return AdaptiveCard.Create(body, [AdaptiveCard.Execute(text["CheckInChange"], CheckInCard.ChangeVerb, CheckInCard.Data(checkIn))]);
    }

    private static IEnumerable<(string Title, string Value)> Facts(CheckIn checkIn, CheckInAnswer answer, Localizer text)
    {
        yield return (text["CheckInMetFact"], text.Of(answer.Met));
        if (answer.Usefulness is { } usefulness)
            yield return (text["CheckInUsefulnessFact"], text.Format("CheckInUsefulnessValue", usefulness));
        foreach (var goal in checkIn.Goals)
        {
            if (answer.Goals.FirstOrDefault(g => g.GoalId == goal.Id) is { } progress)
                yield return (Markdown.Literal(goal.Text), text.Of(progress.Progress));
        }

        if (answer.Blocker is { } blocker)
            yield return (text["CheckInBlockerFact"], text.Format(answer.ShareBlockerWithLead ? "CheckInBlockerShared" : "CheckInBlockerPrivate", Markdown.Literal(blocker)));
        if (answer.Fit is { } fit)
            yield return (text["CheckInFitFact"], text.Of(fit));
        yield return (text["CheckInNextStepFact"], text.Of(answer.NextStep));
    }
}
