using System.Text.Json.Nodes;
using MentorBot.Dialogs.Domain.Matching;
using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Localization;

namespace MentorBot.Dialogs.Cards;

/// <summary>Sent to both people of a pair when the mentor accepts: who the other is, what they share, and "find a time".</summary>
public static class IntroductionCard
{
    // What two people have in common, not what is unknown or unmet: the card is an introduction, not an audit.
    private static readonly HashSet<string> Shared =
    [
        MatchReasonKeys.SharedSkills, MatchReasonKeys.GoalsMentionSkills, MatchReasonKeys.SharedHours, MatchReasonKeys.SameTimeZone,
        MatchReasonKeys.SameDepartmentWanted, MatchReasonKeys.OtherDepartmentWanted, MatchReasonKeys.SharedLanguage,
    ];

    public static JsonObject Build(Programme programme, Pair pair, Participant other, Localizer text)
    {
        var name = PersonFacts.LiteralName(other, text);
        var body = new List<JsonNode>
        {
            AdaptiveCard.Heading(text.Format(other.Role == Role.Mentor ? "IntroTitleMentor" : "IntroTitleMentee", name)),
            AdaptiveCard.Text(text.Format("IntroBody", Markdown.Literal(programme.Name))),
            PersonFacts.Of(other, text),
            AdaptiveCard.Text(text["IntroShared"], weight: "Bolder"),
        };
        body.AddRange(PersonFacts.Score(pair.ScorePercent, [.. pair.Reasons.Where(r => Shared.Contains(r.MessageKey))], text));
        return AdaptiveCard.Create(
            body,
            [AdaptiveCard.Execute(text["FindTimeButton"], CardData.FindTimeVerb, new JsonObject { [CardData.ProgrammeIdField] = pair.ProgrammeId, [CardData.PairIdField] = pair.Id })]);
    }
}
