using System.Globalization;
using System.Text.Json.Nodes;

namespace MentorBot.Tests.Graph;

/// <summary>
/// The JSON Microsoft Graph v1.0 answers, as its reference documents them: scheduleInformation (calendar-getschedule),
/// mailboxSettings (user-get-mailboxsettings), user, and event (user-post-events, with onlineMeeting.joinUrl).
/// </summary>
public static class GraphShapes
{
    private const string Context = "https://graph.microsoft.com/v1.0/$metadata";

    public static JsonObject Schedules(IEnumerable<JsonObject> schedules) => new()
    {
        ["@odata.context"] = Context + "#Collection(microsoft.graph.scheduleInformation)",
        ["value"] = new JsonArray([.. schedules]),
    };

    /// <summary>One person's scheduleInformation for [start, end), times written in <paramref name="zone"/> under its Graph name.</summary>
    public static JsonObject Schedule(GraphPerson person, DateTimeOffset start, DateTimeOffset end, int intervalMinutes, TimeZoneInfo zone, string zoneName)
    {
        var items = person.Calendar.Where(i => i.Start < end && start < i.End).OrderBy(i => i.Start).ToList();
        var view = new char[(int)Math.Ceiling((end - start).TotalMinutes / intervalMinutes)];
        for (var slot = 0; slot < view.Length; slot++)
        {
            var from = start.AddMinutes(slot * intervalMinutes);
            var to = from.AddMinutes(intervalMinutes);
            view[slot] = (char)('0' + items.Where(i => i.Start < to && from < i.End).Select(i => ViewCode(i.Status)).DefaultIfEmpty(0).Max());
        }

        return new JsonObject
        {
            ["scheduleId"] = person.Mail,
            ["availabilityView"] = new string(view),
            ["scheduleItems"] = new JsonArray([.. items.Select(i => (JsonNode)new JsonObject
            {
                ["isPrivate"] = false,
                ["status"] = i.Status,
                ["subject"] = "Busy",
                ["location"] = string.Empty,
                ["start"] = DateTimeTimeZone(i.Start, zone, zoneName),
                ["end"] = DateTimeTimeZone(i.End, zone, zoneName),
            })]),
            ["workingHours"] = WorkingHours(person),
        };
    }

    /// <summary>An address Graph cannot read: a scheduleInformation with an error instead of items.</summary>
    public static JsonObject UnknownSchedule(string address) => new()
    {
        ["scheduleId"] = address,
        ["availabilityView"] = string.Empty,
        ["scheduleItems"] = new JsonArray(),
        ["error"] = new JsonObject { ["message"] = $"The user '{address}' could not be found.", ["responseCode"] = "ErrorMailRecipientNotFound" },
    };

    public static JsonObject MailboxSettings(GraphPerson person) => new()
    {
        ["@odata.context"] = Context + $"#users('{person.Id}')/mailboxSettings",
        ["archiveFolder"] = "AAMkAGI2TG93AAA=",
        ["timeZone"] = person.MailboxTimeZone,
        ["automaticRepliesSetting"] = new JsonObject
        {
            ["status"] = "disabled",
            ["externalAudience"] = "all",
            ["scheduledStartDateTime"] = new JsonObject { ["dateTime"] = "2027-01-01T00:00:00.0000000", ["timeZone"] = "UTC" },
            ["scheduledEndDateTime"] = new JsonObject { ["dateTime"] = "2027-01-02T00:00:00.0000000", ["timeZone"] = "UTC" },
            ["internalReplyMessage"] = string.Empty,
            ["externalReplyMessage"] = string.Empty,
        },
        ["language"] = new JsonObject { ["locale"] = "en-US", ["displayName"] = "English (United States)" },
        ["workingHours"] = WorkingHours(person),
        ["userPurpose"] = "user",
        ["dateFormat"] = "dd/MM/yyyy",
        ["timeFormat"] = "HH:mm",
        ["delegateMeetingMessageDeliveryOptions"] = "sendToDelegateOnly",
    };

    /// <summary>The user with only the fields $select asked for (and the id, which Graph always returns).</summary>
    public static JsonObject User(GraphPerson person, IReadOnlyCollection<string> select)
    {
        var all = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["id"] = person.Id,
            ["displayName"] = person.DisplayName,
            ["department"] = person.Department,
            ["jobTitle"] = person.JobTitle,
            ["preferredLanguage"] = person.PreferredLanguage,
            ["mail"] = person.Mail,
            ["userPrincipalName"] = person.Mail,
        };
        var user = new JsonObject { ["@odata.context"] = Context + "#users/$entity" };
        foreach (var (name, value) in all.Where(f => select.Count == 0 || f.Key == "id" || select.Contains(f.Key, StringComparer.OrdinalIgnoreCase)))
            user[name] = value;
        return user;
    }

    /// <summary>The event Graph answers a POST with (201), from what was posted; a Teams meeting only when the organiser has Teams.</summary>
    public static JsonObject Event(GraphPerson organizer, JsonObject posted, string id)
    {
        var online = organizer.TeamsMeetings && posted["isOnlineMeeting"]?.GetValue<bool>() == true;
        var attendees = new JsonArray([.. (posted["attendees"]?.AsArray() ?? []).Select(a => (JsonNode)new JsonObject
        {
            ["type"] = a?["type"]?.GetValue<string>() ?? "required",
            ["status"] = new JsonObject { ["response"] = "none", ["time"] = "0001-01-01T00:00:00Z" },
            ["emailAddress"] = a?["emailAddress"]?.DeepClone(),
        })]);
        return new JsonObject
        {
            ["@odata.context"] = Context + $"#users('{organizer.Id}')/events/$entity",
            ["@odata.etag"] = "W/\"ZlnW4RIAV06KYYwlrfNZvQAALfZeRQ==\"",
            ["id"] = id,
            ["createdDateTime"] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
            ["transactionId"] = posted["transactionId"]?.DeepClone(),
            ["subject"] = posted["subject"]?.DeepClone(),
            ["body"] = posted["body"]?.DeepClone(),
            ["start"] = posted["start"]?.DeepClone(),
            ["end"] = posted["end"]?.DeepClone(),
            ["isOrganizer"] = true,
            ["showAs"] = "busy",
            ["type"] = "singleInstance",
            ["webLink"] = $"https://outlook.office365.com/owa/?itemid={Uri.EscapeDataString(id)}&exvsurl=1&path=/calendar/item",
            ["isOnlineMeeting"] = online,
            ["onlineMeetingProvider"] = online ? "teamsForBusiness" : "unknown",
            ["onlineMeeting"] = online ? new JsonObject { ["joinUrl"] = $"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{id}%40thread.v2/0" } : null,
            ["attendees"] = attendees,
            ["organizer"] = new JsonObject { ["emailAddress"] = new JsonObject { ["name"] = organizer.DisplayName, ["address"] = organizer.Mail } },
        };
    }

    private static JsonObject WorkingHours(GraphPerson person) => new()
    {
        ["daysOfWeek"] = new JsonArray([.. person.WorkDays.Select(d => (JsonNode)d)]),
        ["startTime"] = person.WorkStart,
        ["endTime"] = person.WorkEnd,
        ["timeZone"] = person.WorkTimeZone == GraphPerson.CustomTimeZone ? CustomTimeZone() : new JsonObject { ["name"] = person.WorkTimeZone },
    };

    // The shape of calendar-getschedule's second schedule: a zone described by its rules instead of a name.
    private static JsonObject CustomTimeZone() => new()
    {
        ["@odata.type"] = "#microsoft.graph.customTimeZone",
        ["bias"] = 480,
        ["name"] = GraphPerson.CustomTimeZone,
        ["standardOffset"] = new JsonObject { ["time"] = "02:00:00.0000000", ["dayOccurrence"] = 1, ["dayOfWeek"] = "sunday", ["month"] = 11, ["year"] = 0 },
        ["daylightOffset"] = new JsonObject { ["daylightBias"] = -60, ["time"] = "02:00:00.0000000", ["dayOccurrence"] = 2, ["dayOfWeek"] = "sunday", ["month"] = 3, ["year"] = 0 },
    };

    private static JsonObject DateTimeTimeZone(DateTimeOffset instant, TimeZoneInfo zone, string zoneName) => new()
    {
        ["dateTime"] = TimeZoneInfo.ConvertTime(instant, zone).DateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffffff", CultureInfo.InvariantCulture),
        ["timeZone"] = zoneName,
    };

    private static int ViewCode(string status) => status.ToUpperInvariant() switch
    {
        "TENTATIVE" => 1,
        "BUSY" => 2,
        "OOF" => 3,
        _ => 0, // free, and working elsewhere (Graph reports 0 for it, for backward compatibility)
    };
}
