using System.Globalization;
using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Domain.Scheduling;
using MentorBot.Dialogs.Stores;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace MentorBot.Tests.Conversations.Scheduling;

/// <summary>
/// A programme with an active pair seeded through the real stores: a mentor in Paris and a mentee in New York, both
/// working 9:00–17:00 on weekdays on their own clocks, and the Action.Execute presses Teams sends for their cards.
/// </summary>
public sealed class SchedulingScenario(BotHarness bot)
{
    public static readonly TeamsUser Mentor = new(Guid.NewGuid().ToString(), "Amélie Martin", "en-US", BotHarness.Tenant, "Europe/Paris");

    public static readonly TeamsUser Mentee = new(Guid.NewGuid().ToString(), "Sam Carter", "en-US", BotHarness.Tenant, "America/New_York");

    public Programme Programme { get; private set; } = null!;

    public Pair Pair { get; private set; } = null!;

    public async Task SeedAsync(string? mentorTenant = null, bool declaredHours = true, PairStatus status = PairStatus.Active)
    {
        Programme = await bot.SeedProgrammeAsync("Data mentoring", "lead-" + Guid.NewGuid().ToString("N"));
        var participants = bot.Services.GetRequiredService<ParticipantStore>();
        await participants.SaveAsync(Member(Programme.Id, mentorTenant ?? BotHarness.Tenant, Mentor.ObjectId, Mentor.Name, Role.Mentor, declaredHours ? "Europe/Paris" : null), default);
        await participants.SaveAsync(Member(Programme.Id, BotHarness.Tenant, Mentee.ObjectId, Mentee.Name, Role.Mentee, declaredHours ? "America/New_York" : null), default);
        Pair = ActivePair(Programme.Id, BotHarness.Tenant, Mentee.ObjectId, mentorTenant ?? BotHarness.Tenant, Mentor.ObjectId) with { Status = status };
        await Pairs.SaveAsync(Pair, null, default);
    }

    public PairStore Pairs => bot.Services.GetRequiredService<PairStore>();

    public async Task<Pair> StoredPairAsync() => (await Pairs.GetAsync(Programme.Id, Pair.Id, default))!;

    /// <summary>What Teams sends when an Action.Execute is pressed; returns the card that replaces it (null if none) and the messages sent.</summary>
    public async Task<(JObject? Card, IReadOnlyList<Activity> Messages)> ExecuteAsync(TeamsUser user, JObject data)
    {
        var activity = user.Activity(ActivityTypes.Invoke);
        activity.Name = "adaptiveCard/action";
        activity.Value = JObject.FromObject(new { action = new { type = "Action.Execute", verb = data.Value<string>("verb"), data } });
        var replies = await bot.ProcessAsync(activity);
        var response = replies.Single(r => r.Type == ActivityTypesEx.InvokeResponse).Value as InvokeResponse;
        Assert.Equal(200, response?.Status);
        var answer = (AdaptiveCardInvokeResponse)response!.Body;
        var card = answer.Type == "application/vnd.microsoft.card.adaptive" ? JObject.FromObject(answer.Value) : null;
        return (card, [.. replies.Where(r => r.Type == ActivityTypes.Message)]);
    }

    /// <summary>The data of the card's Execute buttons, in order.</summary>
    public static IReadOnlyList<JObject> Buttons(JObject card, string type = "Action.Execute") =>
        [.. card.SelectTokens("$..actions[*]").OfType<JObject>().Where(a => a.Value<string>("type") == type)];

    public static string AllText(JObject card) => string.Join(" | ", card.SelectTokens("$..text").Select(t => t.ToString()));

    /// <summary>A participant who declared 9:00–17:00 on weekdays in <paramref name="zone"/> (null: no working hours yet).</summary>
    public static Participant Member(string programmeId, string tenant, string objectId, string name, Role role, string? zone) => new()
    {
        TenantId = tenant,
        UserObjectId = objectId,
        ProgrammeId = programmeId,
        Role = role,
        DisplayName = name,
        WorkingHours = zone is null ? null : new WorkingHours(new TimeOnly(9, 0), new TimeOnly(17, 0), WorkingHours.WeekDays, zone),
        Capacity = role == Role.Mentor ? 2 : null,
        JoinedAt = DateTimeOffset.UtcNow.AddDays(-7),
    };

    /// <summary>A pair the mentor accepted yesterday.</summary>
    public static Pair ActivePair(string programmeId, string menteeTenant, string menteeId, string mentorTenant, string mentorId) => new()
    {
        Id = Pair.IdFor(menteeId, mentorId),
        ProgrammeId = programmeId,
        MenteeTenantId = menteeTenant,
        MenteeId = menteeId,
        MentorTenantId = mentorTenant,
        MentorId = mentorId,
        Status = PairStatus.Active,
        AcceptedAt = DateTimeOffset.UtcNow.AddDays(-1),
    };

    /// <summary>The slot a Book or Move here button (or its data) posts back.</summary>
    public static TimeRange Slot(JObject button)
    {
        var data = button["data"] as JObject ?? button;
        return new TimeRange(Instant(data["start"]!), Instant(data["end"]!));
    }

    // Newtonsoft may have read the ISO string as a date already.
    public static DateTimeOffset Instant(JToken token) =>
        token.Type == JTokenType.Date ? token.ToObject<DateTimeOffset>() : DateTimeOffset.Parse(token.ToString(), CultureInfo.InvariantCulture);

    /// <summary>How the cards write a slot on the clock of <paramref name="zone"/>, in English (without the zone).</summary>
    public static string Local(TimeRange slot, string zone)
    {
        var info = TimeZoneInfo.FindSystemTimeZoneById(zone);
        var culture = CultureInfo.GetCultureInfo("en-US");
        var start = TimeZoneInfo.ConvertTime(slot.Start, info);
        return $"{start.ToString("dddd d MMMM", culture)}, {start.ToString("t", culture)}–{TimeZoneInfo.ConvertTime(slot.End, info).ToString("t", culture)}";
    }
}
