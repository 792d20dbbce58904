using System.Text.Json.Nodes;
using MentorBot.Dialogs.Domain.Matching;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Localization;

namespace MentorBot.Dialogs.Cards;

/// <summary>A mentee's choice among their best few mentors, each with the score and the reasons.</summary>
public static class MentorChoiceCard
{
    public const string Verb = "mentorChoose";
    public const string MentorField = "mentorId";

    public sealed record Option(Participant Mentor, MatchScore Score);

    public static JsonObject Build(Programme programme, IReadOnlyList<Option> options, Localizer text)
    {
        var body = new List<JsonNode> { AdaptiveCard.Heading(text.Format("ChoiceTitle", Markdown.Literal(programme.Name))), AdaptiveCard.Text(text["ChoiceBody"]) };
        foreach (var option in options)
        {
            var items = new JsonArray { AdaptiveCard.Text(PersonFacts.LiteralName(option.Mentor, text), size: "Medium", weight: "Bolder"), PersonFacts.Of(option.Mentor, text) };
            foreach (var line in PersonFacts.Score(option.Score.Percent, [.. option.Score.Components.Select(c => c.Reason)], text))
                items.Add(line);
            items.Add(new JsonObject
            {
                ["type"] = "ActionSet",
                ["actions"] = new JsonArray(AdaptiveCard.Execute(
                    text.Format("ChoiceChoose", PersonFacts.NameOf(option.Mentor, text)),
                    Verb,
                    new JsonObject { [CardData.ProgrammeIdField] = programme.Id, [MentorField] = option.Mentor.UserObjectId })),
            });
            body.Add(new JsonObject { ["type"] = "Container", ["separator"] = true, ["items"] = items });
        }

        return AdaptiveCard.Create(body);
    }
}
