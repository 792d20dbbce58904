using System.Text.Json.Nodes;
using MentorBot.Dialogs.Conversations.Onboarding;
using MentorBot.Dialogs.Domain.CheckIns;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Scheduling;
using MentorBot.Dialogs.Localization;

namespace MentorBot.Dialogs.Cards;

/// <summary>
/// `goals`: each of the person's goals with the progress their check-ins reported, oldest first, dated on their own
/// clock; goals they no longer have keep their history under the words they had. Edit goals opens the profile's goal step.
/// </summary>
public static class GoalProgressCard
{
    public sealed record View(string ProgrammeId, string ProgrammeName, IReadOnlyList<GoalTimeline> Goals, string ViewerTimeZone);

    public static JsonObject Build(View view, Localizer text)
    {
        var body = new List<JsonNode> { AdaptiveCard.Heading(text.Format("GoalProgressTitle", Markdown.Literal(view.ProgrammeName))) };
        if (view.Goals.Count == 0)
            body.Add(AdaptiveCard.Text(text["GoalProgressNoGoals"]));
        foreach (var goal in view.Goals)
        {
            var title = Markdown.Literal(goal.Goal.Text);
            if (goal.Achieved)
                title = text.Format("GoalProgressAchievedTitle", title);
            else if (!goal.IsCurrent)
                title = text.Format("GoalProgressFormerTitle", title);
            var items = new JsonArray { AdaptiveCard.Text(title, weight: "Bolder") };
            items.Add(AdaptiveCard.Text(goal.Points.Count == 0 ? text["GoalProgressNotAskedYet"] : History(goal, view.ViewerTimeZone, text), subtle: goal.Points.Count == 0));
            body.Add(new JsonObject { ["type"] = "Container", ["separator"] = true, ["items"] = items });
        }

        return AdaptiveCard.Create(body, [AdaptiveCard.Submit(text["EditGoals"], ProfileCard.EditVerb, new JsonObject
        {
            [ProfileCard.ProgrammeField] = view.ProgrammeId,
            [ProfileCard.PartField] = GoalsStep.StepName,
        })]);
    }

    // "12 Jan: Some · 26 Jan: A lot": one entry per answered check-in, each on the reader's clock and in their language.
    private static string History(GoalTimeline goal, string timeZone, Localizer text)
    {
        var zone = TimeZones.TryFind(timeZone, out var found) ? found : TimeZoneInfo.Utc;
        return string.Join(" · ", goal.Points.Select(p => text.Format(
            "GoalProgressPoint",
            LocalClock.DateAt(p.AnsweredAt, zone).ToString("d MMM yyyy", text.Culture),
            text.Of(p.Progress))));
    }
}
