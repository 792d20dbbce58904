using MentorBot.Dialogs.Domain.CheckIns;
using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Domain.Participants;

namespace MentorBot.Dialogs.Domain.Surveys;

/// <summary>
/// What both people are told when a relationship closes at the end survey. Meetings held: the check-in periods in
/// which either of them answered "we met" (one meeting per period, however many said so), or the booked meeting when
/// it has taken place and no check-in counted one; goals achieved: each person's goals whose latest check-in progress
/// is Achieved (see <see cref="GoalHistory"/>). Counts only: nothing either of them wrote.
/// </summary>
public sealed record RelationshipSummary(int MeetingsHeld, int GoalsAchieved)
{
    public static RelationshipSummary Of(Pair pair, IReadOnlyCollection<CheckIn> checkIns, IEnumerable<Participant> people, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(pair);
        ArgumentNullException.ThrowIfNull(checkIns);
        var met = checkIns.Where(c => c.PairId == pair.Id && c.Answer?.Met == Met.Yes).Select(c => c.Period).Distinct(StringComparer.Ordinal).Count();
        if (met == 0 && pair.NextMeeting is { } booked && booked.End <= now)
            met = 1;

        var achieved = 0;
        foreach (var person in people)
        {
            var theirs = checkIns.Where(c => c.PairId == pair.Id && c.IsFor(person.TenantId, person.UserObjectId));
            achieved += GoalHistory.Of(person.Goals, theirs).Count(g => g.Latest == GoalProgress.Achieved);
        }

        return new RelationshipSummary(met, achieved);
    }
}
