using System.Globalization;
using System.Text.Json.Nodes;
using MentorBot.Dialogs.Domain;
using MentorBot.Dialogs.Domain.CheckIns;
using MentorBot.Dialogs.Localization;

namespace MentorBot.Dialogs.Cards;

/// <summary>
/// One person's check-in: did you meet, how useful, progress on each of their goals, anything blocking (private
/// unless they share it with the lead), the fit question when it is asked, and what's next. Send is an
/// Action.Execute, so the card is replaced in place by <see cref="CheckInSummaryCard"/>; when changing an answer the
/// questions start from the one recorded.
/// </summary>
public static class CheckInCard
{
    public const string AnswerVerb = "checkInAnswer";
    public const string ChangeVerb = "checkInChange";

    /// <summary>`check in` for someone in several pairs: the pick card's buttons open that pair's check-in.</summary>
    public const string OpenVerb = "checkInOpen";
    public const string CheckInIdField = "checkInId";
    public const string MetField = "met";
    public const string UsefulnessField = "usefulness";
    public const string GoalFieldPrefix = "goal.";
    public const string BlockerField = "blocker";
    public const string ShareBlockerField = "shareBlocker";
    public const string FitField = "fit";
    public const string NextStepField = "nextStep";

    public static JsonObject Build(CheckInView view, Localizer text)
    {
        var checkIn = view.CheckIn;
        var answer = checkIn.Answer;
        var body = new List<JsonNode>
        {
            AdaptiveCard.Heading(text.Format("CheckInTitle", Markdown.Literal(view.PartnerName))),
            AdaptiveCard.Text(text.Format("CheckInIntro", Markdown.Literal(view.ProgrammeName)), subtle: true),
        };
        if (view.Notice is { } notice)
            body.Add(Attention(text.Format(notice.Key, notice.Arguments)));
        body.Add(CardInputs.Choices(MetField, text["CheckInMetLabel"], Options<Met>(text), answer?.Met.ToString(), expanded: true, required: true));
        body.Add(CardInputs.Choices(UsefulnessField, text["CheckInUsefulnessLabel"], Scale(), answer?.Usefulness?.ToString(CultureInfo.InvariantCulture), expanded: true));
        if (checkIn.Goals.Count > 0)
            body.Add(AdaptiveCard.Text(text["CheckInGoalsIntro"], weight: "Bolder"));
        foreach (var goal in checkIn.Goals)
        {
            var given = answer?.Goals.FirstOrDefault(g => g.GoalId == goal.Id)?.Progress;
            body.Add(CardInputs.Choices(GoalFieldPrefix + goal.Id, goal.Text, Options<GoalProgress>(text), given?.ToString()));
        }

        body.Add(CardInputs.Text(BlockerField, text["CheckInBlockerLabel"], answer?.Blocker, Limits.BlockerMax, multiline: true));
        body.Add(Toggle(ShareBlockerField, text["CheckInShareBlocker"], answer?.ShareBlockerWithLead ?? false));
        if (checkIn.AsksFit)
            body.Add(CardInputs.Choices(FitField, text["CheckInFitLabel"], Options<Fit>(text), answer?.Fit?.ToString(), expanded: true));
        if (view.NextMeeting is { } meeting)
            body.Add(AdaptiveCard.Text(text.Format("CheckInNextMeeting", SlotText.Format(meeting, view.ViewerTimeZone, text))));
        var next = answer?.NextStep ?? (view.NextMeeting is null ? NextStep.NotSure : NextStep.MeetingBooked);
        body.Add(CardInputs.Choices(NextStepField, text["CheckInNextStepLabel"], Options<NextStep>(text), next.ToString()));

        var actions = new List<JsonNode> { AdaptiveCard.Execute(text["CheckInSend"], AnswerVerb, Data(checkIn)) };
        if (view.NextMeeting is null)
            actions.Add(AdaptiveCard.Execute(text["FindTimeButton"], CardData.FindTimeVerb, new JsonObject { [CardData.ProgrammeIdField] = checkIn.ProgrammeId, [CardData.PairIdField] = checkIn.PairId }));

        // A new goal goes through the profile's goal step (its rules, its confirmation) rather than a second editor
        // here; it is asked about from the next check-in on, which keeps this one's questions as they were sent.
        actions.Add(AdaptiveCard.Submit(
            text[checkIn.Goals.Count < Limits.GoalsMax ? "CheckInAddGoal" : "CheckInChangeGoals"],
            ProfileCard.EditVerb,
            new JsonObject { [ProfileCard.ProgrammeField] = checkIn.ProgrammeId, [ProfileCard.PartField] = Conversations.Onboarding.GoalsStep.StepName }));
        return AdaptiveCard.Create(body, actions);
    }

    /// <summary>What the card's buttons post back: the programme, the pair and the check-in's id (its period); the person is whoever presses.</summary>
    public static JsonObject Data(CheckIn checkIn) => new()
    {
        [CardData.ProgrammeIdField] = checkIn.ProgrammeId,
        [CardData.PairIdField] = checkIn.PairId,
        [CheckInIdField] = checkIn.Period,
    };

    private static IEnumerable<(string Title, string Value)> Options<T>(Localizer text)
        where T : struct, Enum => Enum.GetValues<T>().Select(v => (text.Of(v), v.ToString()));

    private static IEnumerable<(string Title, string Value)> Scale() =>
        Enumerable.Range(Limits.RatingMin, Limits.RatingMax - Limits.RatingMin + 1).Select(i => i.ToString(CultureInfo.InvariantCulture)).Select(i => (i, i));

    private static JsonObject Toggle(string id, string title, bool on) => new()
    {
        ["type"] = "Input.Toggle",
        ["id"] = id,
        ["title"] = title,
        ["value"] = on ? "true" : "false",
        ["valueOn"] = "true",
        ["valueOff"] = "false",
    };

    private static JsonObject Attention(string message)
    {
        var block = AdaptiveCard.Text(message, weight: "Bolder");
        block["color"] = "Attention";
        return block;
    }
}
