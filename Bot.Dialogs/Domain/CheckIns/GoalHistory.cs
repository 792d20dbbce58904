namespace MentorBot.Dialogs.Domain.CheckIns;

/// <summary>
/// Progress per goal across one person's check-ins, for the `goals` command: their current goals first, in their
/// order (with no points yet when never asked about), then goals they no longer have, under the words they had,
/// in the order they were first asked about.
/// </summary>
public static class GoalHistory
{
    public static IReadOnlyList<GoalTimeline> Of(IEnumerable<string> currentGoals, IEnumerable<CheckIn> checkIns)
    {
        var answered = checkIns.Where(c => c.Answer is not null && c.AnsweredAt is not null).OrderBy(c => c.AnsweredAt).ToList();
        var current = GoalRef.ListOf(currentGoals);
        var past = checkIns.OrderBy(c => c.SentAt).SelectMany(c => c.Goals)
            .DistinctBy(g => g.Id).Where(g => current.All(c => c.Id != g.Id));

        return
        [
            .. current.Select(g => new GoalTimeline(g, true, PointsOf(g.Id, answered))),
            .. past.Select(g => new GoalTimeline(g, false, PointsOf(g.Id, answered))),
        ];
    }

    private static List<GoalTimeline.Point> PointsOf(string goalId, IEnumerable<CheckIn> answered) =>
    [
        .. answered.SelectMany(c => c.Answer!.Goals.Where(a => a.GoalId == goalId)
            .Select(a => new GoalTimeline.Point(c.Period, c.AnsweredAt!.Value, a.Progress))),
    ];
}
