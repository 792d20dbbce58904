using MentorBot.Dialogs.Domain.CheckIns;
using MentorBot.Dialogs.Domain.Digests;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Domain.Scheduling;

namespace MentorBot.Dialogs.Domain.Exports;

/// <summary>
/// The programme export's figures: the digest's (<see cref="DigestFigures"/>, the same numbers the lead's card shows,
/// suppressed below MinAnswers the same way), laid out one per row, plus the two the investment case adds: hours of
/// mentoring (meetings held × the programme's meeting length) and goals achieved (the pairs' rows summed, a figure
/// from the people who reported goal progress, so suppressed like the others).
/// </summary>
public static class ProgrammeExport
{
    public static IReadOnlyList<ExportedFigure> Of(Programme programme, DigestFigures digest, IReadOnlyCollection<ExportedPair> pairs, IEnumerable<CheckIn> checkIns, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(digest);
        ArgumentNullException.ThrowIfNull(pairs);
        var figures = new List<ExportedFigure>();
        foreach (var role in digest.Participants)
        {
            var name = role.Role.ToString().ToLowerInvariant();
            figures.Add(new("participants", $"{name} active", role.Active));
            figures.Add(new("participants", $"{name} paused", role.Paused));
            figures.Add(new("participants", $"{name} left", role.Left));
        }

        figures.AddRange(digest.PairsByHealth.Select(h => new ExportedFigure("pairs", h.State.ToString(), h.Pairs)));
        figures.Add(new("waiting", "offers unanswered", digest.Offers.Count));
        figures.Add(new("waiting", "mentees without a mentor", digest.Unmatched.Count));

        figures.Add(new("meetings", "held", digest.MeetingsHeld));
        figures.Add(new("meetings", "hours of mentoring", digest.MeetingsHeld * programme.MeetingLength.Duration().TotalHours));
        figures.Add(Of("check-ins", $"response rate, last {DigestFigures.Weeks} weeks (%)", digest.CheckInResponseRate));
        figures.Add(Of("check-ins", $"usefulness, last {DigestFigures.Weeks} weeks (1-5)", digest.Usefulness));
        figures.Add(Of("surveys", "relationship quality (1-5)", digest.RelationshipQuality));
        figures.Add(Of("surveys", "would recommend (NPS)", digest.WouldRecommend));
        foreach (var axis in digest.Impact)
        {
            var name = axis.Axis.ToString().ToLowerInvariant();
            figures.Add(Of("impact", $"{name}: mean change (1-5 scale)", axis.MeanChange));
            figures.Add(Of("impact", $"{name}: people improved (%)", axis.ShareImproved));
        }

        figures.Add(Of("goals", "achieved", GoalsAchieved(digest, pairs, checkIns, now)));
        return figures;
    }

    /// <summary>Goals achieved, the pairs' rows summed; its n is the people who reported goal progress at a check-in.</summary>
    public static Figure GoalsAchieved(DigestFigures digest, IReadOnlyCollection<ExportedPair> pairs, IEnumerable<CheckIn> checkIns, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(digest);
        ArgumentNullException.ThrowIfNull(pairs);
        var reporting = checkIns.Where(c => c.AnsweredBy(now) && c.Answer!.Goals.Count > 0)
            .Select(c => (c.TenantId.ToUpperInvariant(), c.UserObjectId.ToUpperInvariant())).Distinct().Count();
        return Figure.Of(pairs.Sum(p => p.GoalsAchieved), reporting, digest.MinAnswers);
    }

    private static ExportedFigure Of(string section, string item, Figure figure) =>
        new(section, item, figure.Value is { } value ? Math.Round(value, 1) : null, figure.N);
}
