using System.Globalization;
using System.Text.Json.Nodes;
using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Domain;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Localization;
using Newtonsoft.Json.Linq;

namespace MentorBot.Dialogs.Conversations.Programmes;

/// <summary>
/// The card a lead fills to create or edit a programme, and the parser that turns its submission back into
/// a programme. Every field is parsed strictly; a wrong one is named in the answer and nothing is saved.
/// </summary>
public static class ProgrammeForm
{
    public const string SaveVerb = "programmeSave";
    public const string IdField = "programmeId";
    public const string VersionField = "version";

    public static JsonObject Build(Programme? p, string? version, Localizer text)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var nudges = p?.Nudges ?? NudgeThresholds.Default;
        var digest = p?.Digest ?? DigestSettings.Default;
        JsonObject DateInput(string id, string label, DateOnly value) => new() { ["type"] = "Input.Date", ["id"] = id, ["label"] = label, ["value"] = Date(value), ["isRequired"] = true };

        var data = new JsonObject { [IdField] = p?.Id ?? string.Empty, [VersionField] = version ?? string.Empty };
        return AdaptiveCard.Create(
            [
                AdaptiveCard.Heading(p is null ? text["ProgrammeNewTitle"] : text.Format("ProgrammeEditTitle", p.Name)),
                CardInputs.Text("name", text["ProgrammeName"], p?.Name, Limits.ProgrammeNameMax, required: true),
                CardInputs.Choices("type", text["ProgrammeType"], Enum.GetValues<ProgrammeType>().Select(t => (text.Of(t), t.ToString())), (p?.Type ?? ProgrammeType.OneToOne).ToString()),
                DateInput("startDate", text["ProgrammeStart"], p?.StartDate ?? today),
                DateInput("endDate", text["ProgrammeEnd"], p?.EndDate ?? today.AddMonths(6)),
                CardInputs.Choices("cadence", text["ProgrammeCadence"], Enum.GetValues<Cadence>().Select(c => (text.Of(c), c.ToString())), (p?.MeetingCadence ?? Cadence.Fortnightly).ToString()),
                CardInputs.Number("checkInEveryDays", text["ProgrammeCheckInDays"], 1, Limits.CheckInDaysMax, p?.CheckInEveryDays ?? 14),
                CardInputs.Number("daysWithoutMeeting", text["ProgrammeNudgeMeeting"], 1, 180, nudges.DaysWithoutMeeting),
                CardInputs.Number("daysWithoutAnswer", text["ProgrammeNudgeAnswer"], 1, 60, nudges.DaysWithoutAnswer),
                CardInputs.Number("nudgesBeforeEscalation", text["ProgrammeNudgeEscalation"], 1, 10, nudges.NudgesBeforeEscalation),
                CardInputs.Choices("digestFrequency", text["ProgrammeDigestFrequency"], Enum.GetValues<DigestFrequency>().Select(f => (text.Of(f), f.ToString())), digest.Frequency.ToString()),
                CardInputs.Choices("digestDay", text["ProgrammeDigestDay"], Enum.GetValues<DayOfWeek>().Select(d => (text.Culture.DateTimeFormat.GetDayName(d), d.ToString())), digest.Day.ToString()),
                CardInputs.Text("digestChannel", text["ProgrammeDigestChannel"], digest.ChannelId, 200, placeholder: "19:…@thread.tacv2"),
                CardInputs.Text("skills", text["ProgrammeSkills"], p is null ? null : string.Join("\n", p.SkillsCatalogue), 4000, multiline: true),
                CardInputs.Choices("matching", text["ProgrammeMatching"], Enum.GetValues<MatchingMode>().Select(m => (text.Of(m), m.ToString())), (p?.Matching ?? MatchingMode.LeadApproves).ToString()),
                CardInputs.Number("capacity", text["ProgrammeCapacity"], Limits.CapacityMin, Limits.CapacityMax, p?.DefaultMentorCapacity ?? 2),
                CardInputs.Text("tenants", text["ProgrammeTenants"], p is null ? null : string.Join(", ", p.AllowedTenants), 2000),
                CardInputs.Text("coLeads", text["ProgrammeCoLeads"], p is null ? null : string.Join(", ", p.Leads), 2000),
            ],
            [AdaptiveCard.Submit(text["ProgrammeSave"], SaveVerb, data)]);
    }

    /// <summary>Reads a submission into a programme; errors name each wrong field.</summary>
    public static (Programme? Programme, IReadOnlyList<ValidationError> Errors) Parse(JObject data, Programme? existing, string tenantId, string leadObjectId, string newId)
    {
        var errors = new List<ValidationError>();
        string? S(string name) => data[name]?.Type is JTokenType.String or JTokenType.Integer ? data[name]!.ToString().Trim() : null;
        T E<T>(string name, T fallback)
            where T : struct, Enum
        {
            var value = S(name);
            if (value is not null && Enum.GetNames<T>().Contains(value))
                return Enum.Parse<T>(value);
            errors.Add(new ValidationError(name, "ErrorChoiceNotOffered"));
            return fallback;
        }

        int I(string name, int min, int max)
        {
            if (int.TryParse(S(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max)
                return n;
            errors.Add(new ValidationError(name, "ErrorNumberRange", min, max));
            return min;
        }

        DateOnly D(string name)
        {
            if (DateOnly.TryParseExact(S(name), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                return d;
            errors.Add(new ValidationError(name, "ErrorDateField"));
            return default;
        }

        static List<string> Split(string? value, params char[] separators) =>
            (value ?? string.Empty).Split(separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

        var leads = Split(S("coLeads"), ',', ';', ' ', '\n');
        if (!leads.Contains(leadObjectId, StringComparer.OrdinalIgnoreCase))
            leads.Insert(0, leadObjectId);
        var channel = S("digestChannel");
        var programme = new Programme
        {
            Id = existing?.Id ?? newId,
            TenantId = existing?.TenantId ?? tenantId,
            Status = existing?.Status ?? ProgrammeStatus.Open,
            Name = S("name") ?? string.Empty,
            Type = E("type", ProgrammeType.OneToOne),
            StartDate = D("startDate"),
            EndDate = D("endDate"),
            MeetingCadence = E("cadence", Cadence.Fortnightly),
            CheckInEveryDays = I("checkInEveryDays", 1, Limits.CheckInDaysMax),
            Nudges = new NudgeThresholds(I("daysWithoutMeeting", 1, 180), I("daysWithoutAnswer", 1, 60), I("nudgesBeforeEscalation", 1, 10)),
            Digest = new DigestSettings(E("digestFrequency", DigestFrequency.Weekly), E("digestDay", DayOfWeek.Monday), string.IsNullOrEmpty(channel) ? null : channel),
            SkillsCatalogue = Split(S("skills"), '\n', ',', ';'),
            Matching = E("matching", MatchingMode.LeadApproves),
            DefaultMentorCapacity = I("capacity", Limits.CapacityMin, Limits.CapacityMax),
            AllowedTenants = Split(S("tenants"), ',', ';', ' ', '\n'),
            Leads = leads,
        };
        if (errors.Count == 0)
            errors.AddRange(ProgrammeRules.Check(programme));
        return (errors.Count == 0 ? programme : null, errors);
    }
}
