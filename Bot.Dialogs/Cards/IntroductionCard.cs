using System.Text.Json.Nodes;
using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Localization;

namespace MentorBot.Dialogs.Cards;

/// <summary>Sent to both people of a pair when the mentor accepts: who the other is, what they share, and "find a time".</summary>
public static class IntroductionCard
{
    public static JsonObject Build(Programme programme, Pair pair, Participant other, Localizer text)
    {
        var name = PersonFacts.NameOf(other, text);
        var body = new List<JsonNode>
        {
            AdaptiveCard.Heading(text.Format(other.Role == Role.Mentor ? "IntroTitleMentor" : "IntroTitleMentee", name)),
            AdaptiveCard.Text(text.Format("IntroBody", programme.Name)),
            PersonFacts.Of(other, text),
            AdaptiveCard.Text(text["IntroShared"], weight: "Bolder"),
        };
        body.AddRange(PersonFacts.Score(pair.ScorePercent, pair.Reasons, text));
        return AdaptiveCard.Create(
            body,
            [AdaptiveCard.Execute(text["FindTimeButton"], CardData.FindTimeVerb, new JsonObject { [CardData.ProgrammeIdField] = pair.ProgrammeId, [CardData.PairIdField] = pair.Id })]);
    }
}
