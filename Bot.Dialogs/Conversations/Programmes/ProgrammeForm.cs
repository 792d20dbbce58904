using System.Globalization;
using MentorBot.Dialogs.Abstractions.Messaging;
using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Domain;
using MentorBot.Dialogs.Domain.Matching;
using MentorBot.Dialogs.Domain.Matching.Circles;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Domain.Scheduling;

namespace MentorBot.Dialogs.Conversations.Programmes;

/// <summary>
/// Turns a submission of <see cref="ProgrammeFormCard"/> back into a programme. Every field is parsed
/// strictly; a wrong one is named in the answer and nothing is saved.
/// </summary>
public static class ProgrammeForm
{
    /// <summary>Reads a submission into a programme; errors name each wrong field.</summary>
    /// <param name="channels">The tenant's team channels that have the bot: the only channels a digest may go to.</param>
    public static (Programme? Programme, IReadOnlyList<ValidationError> Errors) Parse(ProgrammeSave data, Programme? existing, string tenantId, string leadObjectId, string newId, IReadOnlyList<TeamChannel> channels)
    {
        ArgumentNullException.ThrowIfNull(channels);
        var errors = new List<ValidationError>();
        string? S(string name) => data.Field(name);
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
        // A channel is one of those offered, whatever the card posted; absent (a card older than the field), it stays.
        var destination = S("digestChannel");
        TeamChannel? channel = null;
        if (destination is null)
        {
            if (existing?.Digest is { ChannelId: { } kept } old)
                channel = new TeamChannel(tenantId, old.TeamId ?? string.Empty, null, kept, null);
        }
        else if (destination.Length > 0 && destination != ProgrammeFormCard.ToLeads)
        {
            channel = channels.FirstOrDefault(c => c.ChannelId == destination && string.Equals(c.TenantId, existing?.TenantId ?? tenantId, StringComparison.OrdinalIgnoreCase));
            if (channel is null)
                errors.Add(new ValidationError("digestChannel", "ErrorDigestChannelUnknown"));
        }
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

            // A form sent before the setting existed has no such input: the length stays what it was.
            MeetingLength = !data.Has("meetingLength") ? existing?.MeetingLength ?? MeetingLength.SixtyMinutes : E("meetingLength", MeetingLength.SixtyMinutes),
            CheckInEveryDays = I("checkInEveryDays", 1, Limits.CheckInDaysMax),
            Nudges = new NudgeThresholds(I("daysWithoutMeeting", 1, 180), I("daysWithoutAnswer", 1, 60), I("nudgesBeforeEscalation", 1, 10)),
            Digest = new DigestSettings(E("digestFrequency", DigestFrequency.Weekly), E("digestDay", DayOfWeek.Monday), channel?.ChannelId, channel?.TeamId is { Length: > 0 } team ? team : null),
            MinAnswers = S("minAnswers") is null ? existing?.MinAnswers ?? Programme.DefaultMinAnswers : I("minAnswers", Limits.MinAnswersMin, Limits.MinAnswersMax),
            SkillsCatalogue = Split(S("skills"), '\n', ',', ';'),
            Matching = E("matching", MatchingMode.LeadApproves),
            DefaultMentorCapacity = I("capacity", Limits.CapacityMin, Limits.CapacityMax),

            // Older cards (sent before the field existed) do not post it: the programme keeps what it had.
            MentorAnswerDays = S("mentorAnswerDays") is null ? existing?.MentorAnswerDays ?? 3 : I("mentorAnswerDays", 1, Limits.MentorAnswerDaysMax),
            AllowedTenants = Split(S("tenants"), ',', ';', ' ', '\n'),
            Leads = leads,

            // Settings the form does not show are carried over from the programme being edited.
            Weights = existing?.Weights ?? MatchingWeights.Default,
            Circles = existing?.Circles ?? CircleSettings.Default,
        };
        if (errors.Count == 0)
            errors.AddRange(ProgrammeRules.Check(programme));
        return (errors.Count == 0 ? programme : null, errors);
    }
}
