using System.Text.Json.Nodes;
using MentorBot.Dialogs.Domain.Digests;
using MentorBot.Dialogs.Localization;

namespace MentorBot.Dialogs.Cards;

/// <summary>
/// The investment case (`report`): one card a lead can forward to management, the programme so far in a handful of
/// figures, each answer-based one with its n (the digest's impact table and rules). No names: it is meant to travel.
/// </summary>
public static class ReportCard
{
    public static JsonObject Build(InvestmentCase report, Localizer text)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(text);
        var body = new List<JsonNode>
        {
            AdaptiveCard.Heading(text.Format("ReportTitle", Markdown.Literal(report.ProgrammeName))),
            AdaptiveCard.Text(text.Format("ReportPeriod", report.Since.ToString("D", text.Culture), DateOnly.FromDateTime(report.At.UtcDateTime).ToString("D", text.Culture)), subtle: true),
            AdaptiveCard.FactSet(
            [
                (text["ReportHours"], text.Format("ReportHoursValue", report.HoursOfMentoring, report.MeetingsHeld)),
                (text["ReportGoals"], report.GoalsAchieved.Value is { } goals ? text.Format("ReportCount", goals, report.GoalsAchieved.N) : text.Format("DigestNotEnough", report.GoalsAchieved.N)),
                (text["ReportParticipation"], text.Format("ReportShareOf", Share(report.InARelationship, report.Joined), report.InARelationship, report.Joined)),
                (text["ReportRetention"], text.Format("ReportShareOf", Share(report.StillIn, report.Joined), report.StillIn, report.Joined)),
                (text["DigestRecommend"], DigestCard.Shown(report.WouldRecommend, "DigestNps", text)),
            ]),
            DigestCard.Section(text["DigestImpact"]),
        };
        body.AddRange(DigestCard.ImpactTable(report.Impact, text));
        body.Add(AdaptiveCard.Text(text["ReportFootnote"], subtle: true));
        return AdaptiveCard.Create(body);
    }

    private static double Share(int part, int whole) => whole == 0 ? 0 : 100.0 * part / whole;
}
