using System.Text.Json.Nodes;
using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Localization;

namespace MentorBot.Dialogs.Cards;

/// <summary>
/// The lead's approval card: each proposed pair with its score and reasons, approve or reject it, approve them all,
/// or swap the mentors of two. Built from the stored pairs every time, so after a press it shows what was decided.
/// </summary>
public static class MatchApprovalCard
{
    public const string ApproveVerb = "pairApprove";
    public const string RejectVerb = "pairReject";
    public const string ApproveAllVerb = "pairApproveAll";
    public const string SwapVerb = "pairSwap";
    public const string SwapFirstField = "swapFirst";
    public const string SwapSecondField = "swapSecond";

    /// <summary>
    /// When the card's first proposal was made (Unix milliseconds: an ISO date would be turned into a date token by
    /// the JSON reader): the card shows the pairs proposed since, whatever became of them.
    /// </summary>
    public const string SinceField = "since";

    /// <summary>Proposals shown at most on one card (and as many recent decisions): Teams refuses cards over about 28 KB.</summary>
    public const int ShownPerCard = Excerpt.ShownPerCard;

    /// <summary>A pair on the card, with the names the lead knows the two people by.</summary>
    public sealed record Row(Pair Pair, string Mentee, string Mentor);

    /// <summary>The rows to show, since when, and how many waiting proposals and earlier decisions are left off.</summary>
    public sealed record View(IReadOnlyList<Row> Rows, DateTimeOffset Since, int MoreWaiting, int EarlierDecided);

    public static JsonObject Build(Programme programme, View view, Localizer text)
    {
        var (rows, since) = (view.Rows, view.Since);
        var body = new List<JsonNode> { AdaptiveCard.Heading(text.Format("MatchApprovalTitle", Markdown.Literal(programme.Name))) };
        if (rows.Count == 0)
            body.Add(AdaptiveCard.Text(text["MatchApprovalNone"]));
        if (view.EarlierDecided > 0)
            body.Add(AdaptiveCard.Text(text.Format("MatchApprovalEarlier", view.EarlierDecided), subtle: true));
        var data = new JsonObject { [CardData.ProgrammeIdField] = programme.Id, [SinceField] = since.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture) };
        foreach (var row in rows)
            body.Add(PairBlock(data, row, text));

        if (view.MoreWaiting > 0)
            body.Add(AdaptiveCard.Text(text.Format("MatchApprovalMore", view.MoreWaiting), weight: "Bolder"));

        var proposed = rows.Where(r => r.Pair.Status == PairStatus.Proposed).ToList();
        if (proposed.Count >= 2)
        {
            var choices = proposed.Select(r => (text.Format("MatchPairName", Markdown.Plain(r.Mentee), Markdown.Plain(r.Mentor)), r.Pair.Id)).ToList();
            body.Add(CardInputs.Choices(SwapFirstField, text["MatchSwapFirst"], choices, choices[0].Id));
            body.Add(CardInputs.Choices(SwapSecondField, text["MatchSwapSecond"], choices, choices[1].Id));
        }

        var actions = new List<JsonNode>();
        if (proposed.Count > 0)
            actions.Add(AdaptiveCard.Execute(text["MatchApproveAll"], ApproveAllVerb, data.DeepClone().AsObject()));
        if (proposed.Count >= 2)
            actions.Add(AdaptiveCard.Execute(text["MatchSwap"], SwapVerb, data.DeepClone().AsObject()));
        return AdaptiveCard.Create(body, actions);
    }

    private static JsonObject PairBlock(JsonObject cardData, Row row, Localizer text)
    {
        var items = new JsonArray
        {
            AdaptiveCard.Text(text.Format("MatchPairName", Markdown.Literal(row.Mentee), Markdown.Literal(row.Mentor)), size: "Medium", weight: "Bolder"),
        };
        if (row.Pair.Status == PairStatus.Proposed)
        {
            foreach (var line in PersonFacts.Score(row.Pair.ScorePercent, row.Pair.Reasons, text))
                items.Add(line);
            var data = cardData.DeepClone().AsObject();
            data[CardData.PairIdField] = row.Pair.Id;
            items.Add(new JsonObject
            {
                ["type"] = "ActionSet",
                ["actions"] = new JsonArray(
                    AdaptiveCard.Execute(text["MatchApprove"], ApproveVerb, data.DeepClone().AsObject()),
                    AdaptiveCard.Execute(text["MatchReject"], RejectVerb, data.DeepClone().AsObject())),
            });
        }
        else
        {
            items.Add(AdaptiveCard.Text(text.Of(row.Pair.Status), weight: "Bolder", subtle: true));
        }

        return new JsonObject { ["type"] = "Container", ["separator"] = true, ["items"] = items };
    }
}
