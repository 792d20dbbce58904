using MentorBot.Dialogs.Domain.Participants;

namespace MentorBot.Dialogs.Domain.Matching.Circles;

/// <summary>
/// How well two people fit in one circle, in points; a circle's fit is the sum over its pairs of members. What the
/// programme groups by counts most (100: same department, similar job title, or different departments); then topics
/// in common (20 per shared skill, up to 60); a shared language (50; none at all when both have said: -200, because a
/// circle without a common language cannot talk, yet everyone must be placed); shared working hours (up to 40 at 10 a week).
/// </summary>
internal sealed class CircleAffinity
{
    public const int GroupingPoints = 100;
    public const int PointsPerSharedSkill = 20;
    public const int SkillsMax = 60;
    public const int LanguagePoints = 50;
    public const int NoLanguagePenalty = -200;
    public const int HoursMax = 40;
    public const int FullSharedHours = 10;

    private readonly MatchProfile[] people;
    private readonly ulong[][] titleWords;
    private readonly CircleGrouping grouping;

    public CircleAffinity(IReadOnlyList<Participant> people, CircleGrouping grouping, ReferenceWeek week)
    {
        var profiles = new ProfileBuilder(people, week);
        this.people = [.. people.Select(profiles.Build)];
        this.grouping = grouping;
        var vocabulary = people.SelectMany(p => MatchText.Words(p.JobTitle)).Distinct(StringComparer.Ordinal)
            .Select((w, i) => (w, i)).ToDictionary(x => x.w, x => x.i, StringComparer.Ordinal);
        titleWords = [.. people.Select(p =>
        {
            var bits = Bits.Create(vocabulary.Count);
            foreach (var word in MatchText.Words(p.JobTitle))
                Bits.Set(bits, vocabulary[word]);
            return bits;
        })];
    }

    public int Between(int a, int b)
    {
        var x = people[a];
        var y = people[b];
        var points = Grouping(a, b);
        points += Math.Min(SkillsMax, PointsPerSharedSkill * Bits.CountShared(x.Skills, y.Skills));
        if (x.LanguageCount > 0 && y.LanguageCount > 0)
            points += Bits.AnyShared(x.Languages, y.Languages) ? LanguagePoints : NoLanguagePenalty;
        if (x.Hours is not null && y.Hours is not null)
        {
            var full = FullSharedHours * ReferenceWeek.SlotsPerHour;
            points += HoursMax * Math.Min(full, Bits.CountShared(x.Hours, y.Hours)) / full;
        }

        return points;
    }

    private int Grouping(int a, int b)
    {
        var (x, y) = (people[a].Department, people[b].Department);
        switch (grouping)
        {
            case CircleGrouping.ByDepartment:
                return x >= 0 && x == y ? GroupingPoints : 0;
            case CircleGrouping.MixedDepartments:
                return x >= 0 && y >= 0 && x != y ? GroupingPoints : 0;
            default:
                var union = Bits.Count(titleWords[a]) + Bits.Count(titleWords[b]) - Bits.CountShared(titleWords[a], titleWords[b]);
                return union == 0 ? 0 : GroupingPoints * Bits.CountShared(titleWords[a], titleWords[b]) / union;
        }
    }
}
