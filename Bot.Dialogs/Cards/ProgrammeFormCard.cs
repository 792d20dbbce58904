using System.Globalization;
using System.Text.Json.Nodes;
using MentorBot.Dialogs.Abstractions.Messaging;
using MentorBot.Dialogs.Domain;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Domain.Scheduling;
using MentorBot.Dialogs.Localization;

namespace MentorBot.Dialogs.Cards;

/// <summary>The form a lead fills to create or edit a programme; it carries the version it was built from.</summary>
public static class ProgrammeFormCard
{
    public const string SaveVerb = "programmeSave";
    public const string IdField = "programmeId";
    public const string VersionField = "version";

    /// <summary>The destination choice that means the leads' personal chats (the others are channel ids).</summary>
    public const string ToLeads = "leads";

    /// <param name="channels">The team channels of the programme's tenant that have the bot, offered as destinations.</param>
    public static JsonObject Build(Programme? p, string? version, Localizer text, IReadOnlyList<TeamChannel>? channels = null)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var nudges = p?.Nudges ?? NudgeThresholds.Default;
        var digest = p?.Digest ?? DigestSettings.Default;
        JsonObject DateInput(string id, string label, DateOnly value) => new() { ["type"] = "Input.Date", ["id"] = id, ["label"] = label, ["value"] = Date(value), ["isRequired"] = true };

        var data = new JsonObject { [IdField] = p?.Id ?? string.Empty, [VersionField] = version ?? string.Empty };
        return AdaptiveCard.Create(
            [
                AdaptiveCard.Heading(p is null ? text["ProgrammeNewTitle"] : text.Format("ProgrammeEditTitle", Markdown.Literal(p.Name))),
                CardInputs.Text("name", text["ProgrammeName"], p?.Name, Limits.ProgrammeNameMax, required: true),
                CardInputs.Choices("type", text["ProgrammeType"], Enum.GetValues<ProgrammeType>().Select(t => (text.Of(t), t.ToString())), (p?.Type ?? ProgrammeType.OneToOne).ToString()),
                DateInput("startDate", text["ProgrammeStart"], p?.StartDate ?? today),
                DateInput("endDate", text["ProgrammeEnd"], p?.EndDate ?? today.AddMonths(6)),
                CardInputs.Choices("cadence", text["ProgrammeCadence"], Enum.GetValues<Cadence>().Select(c => (text.Of(c), c.ToString())), (p?.MeetingCadence ?? Cadence.Fortnightly).ToString()),
                CardInputs.Choices("meetingLength", text["ProgrammeMeetingLength"], Enum.GetValues<MeetingLength>().Select(m => (text.Of(m), m.ToString())), (p?.MeetingLength ?? MeetingLength.SixtyMinutes).ToString()),
                CardInputs.Number("checkInEveryDays", text["ProgrammeCheckInDays"], 1, Limits.CheckInDaysMax, p?.CheckInEveryDays ?? 14),
                CardInputs.Number("daysWithoutMeeting", text["ProgrammeNudgeMeeting"], 1, 180, nudges.DaysWithoutMeeting),
                CardInputs.Number("daysWithoutAnswer", text["ProgrammeNudgeAnswer"], 1, 60, nudges.DaysWithoutAnswer),
                CardInputs.Number("nudgesBeforeEscalation", text["ProgrammeNudgeEscalation"], 1, 10, nudges.NudgesBeforeEscalation),
                CardInputs.Choices("digestFrequency", text["ProgrammeDigestFrequency"], Enum.GetValues<DigestFrequency>().Select(f => (text.Of(f), f.ToString())), digest.Frequency.ToString()),
                CardInputs.Choices("digestDay", text["ProgrammeDigestDay"], Enum.GetValues<DayOfWeek>().Select(d => (text.Culture.DateTimeFormat.GetDayName(d), d.ToString())), digest.Day.ToString()),
                CardInputs.Choices("digestChannel", text["ProgrammeDigestDestination"], Destinations(channels ?? [], text), digest.ChannelId ?? ToLeads),
                CardInputs.Number("minAnswers", text["ProgrammeMinAnswers"], Limits.MinAnswersMin, Limits.MinAnswersMax, p?.MinAnswers ?? Programme.DefaultMinAnswers),
                CardInputs.Text("skills", text["ProgrammeSkills"], p is null ? null : string.Join("\n", p.SkillsCatalogue), 4000, multiline: true),
                CardInputs.Choices("matching", text["ProgrammeMatching"], Enum.GetValues<MatchingMode>().Select(m => (text.Of(m), m.ToString())), (p?.Matching ?? MatchingMode.LeadApproves).ToString()),
                CardInputs.Number("capacity", text["ProgrammeCapacity"], Limits.CapacityMin, Limits.CapacityMax, p?.DefaultMentorCapacity ?? 2),
                CardInputs.Number("mentorAnswerDays", text["ProgrammeMentorAnswerDays"], 1, Limits.MentorAnswerDaysMax, p?.MentorAnswerDays ?? 3),
                CardInputs.Text("tenants", text["ProgrammeTenants"], p is null ? null : string.Join(", ", p.AllowedTenants), 2000),
                CardInputs.Text("coLeads", text["ProgrammeCoLeads"], p is null ? null : string.Join(", ", p.Leads), 2000),
            ],
            [AdaptiveCard.Submit(text["ProgrammeSave"], SaveVerb, data)]);
    }

    // "Team › Channel"; the General channel, which Teams names in each reader's language, in the lead's.
    private static IEnumerable<(string Title, string Value)> Destinations(IReadOnlyList<TeamChannel> channels, Localizer text) =>
        channels.Select(c => (text.Format("DigestChannelChoice", c.TeamName ?? c.TeamId, c.IsGeneral || c.ChannelName is null ? text["DigestChannelGeneral"] : c.ChannelName), c.ChannelId))
            .Prepend((text["DigestToLeads"], ToLeads));

}
