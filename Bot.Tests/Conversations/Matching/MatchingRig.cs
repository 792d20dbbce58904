using System.Text.Json.Nodes;
using MentorBot.Dialogs.Abstractions.Messaging;
using MentorBot.Dialogs.Abstractions.Programmes;
using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Stores;
using MentorBot.Tests.Infrastructure;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace MentorBot.Tests.Conversations.Matching;

/// <summary>
/// The real bot with a recording messenger: a programme with its lead, mentees and mentors seeded through the real
/// stores, and card buttons pressed as Teams does (an Action.Execute is an adaptiveCard/action invoke, answered
/// with the card that replaces the pressed one).
/// </summary>
public sealed class MatchingRig : IAsyncDisposable
{
    /// <param name="services">More fakes of our own ports (an entity store hook), installed after the recording messenger.</param>
    /// <param name="backgroundRequests">Leads' requests (invitations, rounds that fan out) queued as Hangfire jobs, as
    /// in production; otherwise run in the turn that asks (<see cref="InlineLeadRequests"/>).</param>
    public MatchingRig(IDictionary<string, string>? settings = null, Action<IServiceCollection>? services = null, bool backgroundRequests = false)
    {
        var all = new Dictionary<string, string> { ["MentorBot:Leads:0"] = Lead.ObjectId };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            all[key] = value;
        Bot = new BotHarness(all, collection =>
        {
            collection.AddSingleton<IMessenger>(Messenger);
            if (!backgroundRequests)
                collection.AddSingleton<ILeadRequests, InlineLeadRequests>();
            services?.Invoke(collection);
        });
    }

    public TeamsUser Lead { get; } = TeamsUser.Create("Lena Lead");

    public BotHarness Bot { get; }

    public RecordingMessenger Messenger { get; } = new();

    public Programme Programme { get; private set; } = null!;

    public PairStore Pairs => Bot.Services.GetRequiredService<PairStore>();

    public async Task<Programme> ProgrammeAsync(MatchingMode mode)
    {
        var seeded = await Bot.SeedProgrammeAsync("Data mentoring", Lead.ObjectId);
        Programme = seeded with { Matching = mode };
        var store = Bot.Services.GetRequiredService<ProgrammeStore>();
        var (_, version) = (await store.GetVersionedAsync(seeded.Id, default))!.Value;
        await store.SaveAsync(Programme, version, default);
        return Programme;
    }

    public async Task<TeamsUser> PersonAsync(string name, Role role, string[] skills, string[]? languages = null, int capacity = 1, string locale = "en-US")
    {
        var user = TeamsUser.Create(name, locale);
        await Bot.Services.GetRequiredService<ParticipantStore>().SaveAsync(
            new Participant
            {
                TenantId = user.TenantId,
                UserObjectId = user.ObjectId,
                ProgrammeId = Programme.Id,
                Role = role,
                DisplayName = name,
                JobTitle = role == Role.Mentor ? "Principal engineer" : "Analyst",
                Department = "Data",
                Goals = ["Grow in " + skills[0]],
                Skills = skills,
                Languages = languages ?? ["en"],
                Capacity = role == Role.Mentor ? capacity : null,
                WorkingHours = new WorkingHours(new TimeOnly(9, 0), new TimeOnly(17, 0), WorkingHours.WeekDays, "Europe/Paris"),
                JoinedAt = DateTimeOffset.UtcNow,
            },
            default);
        return user;
    }

    /// <summary>
    /// The lead types `match` in a programme whose round fans out (automatic, mentee-chooses): the turn only says it is
    /// working on it; the summary arrives as a message when the round is done. Returns that summary, taken out of the
    /// record so later assertions about the lead see only the notices that followed.
    /// </summary>
    public async Task<string> MatchAsync()
    {
        var replies = await Bot.SendAsync(Lead, "match");
        Xunit.Assert.Contains(replies, r => r.Text?.StartsWith("Matching " + Programme.Name + " now.", StringComparison.Ordinal) == true);
        var report = await Eventually.ValueAsync(() => Task.FromResult(Messenger.Take(Lead.ObjectId, "matchReport") is [var first, ..] ? first : null), "the matching summary to reach the lead");
        return report.Text!;
    }

    public async Task<Pair> PairAsync(TeamsUser mentee, TeamsUser mentor) =>
        await Pairs.GetAsync(Programme.Id, Pair.IdFor(mentee.ObjectId, mentor.ObjectId), default)
        ?? throw new Xunit.Sdk.XunitException($"No pair {mentee.Name} with {mentor.Name}.");

    public async Task<IReadOnlyList<Pair>> AllPairsAsync() => await Pairs.InProgrammeAsync(Programme.Id, default);

    /// <summary>Presses an Action.Execute button of <paramref name="card"/> (by title) with the inputs' values; returns the messages sent in the turn and the replacing card.</summary>
    public async Task<(IReadOnlyList<Activity> Replies, JObject? Card)> PressAsync(TeamsUser user, JsonObject card, string title, object? inputs = null, string? pairId = null)
    {
        var parsed = JObject.Parse(card.ToJsonString());
        var action = FindAction(parsed, title, pairId);
        var data = (JObject)action["data"]!.DeepClone();
        foreach (var input in parsed.SelectTokens("$..body[?(@.id)]").OfType<JObject>())
        {
            if (input["value"] is { } value)
                data[input.Value<string>("id")!] = value;
        }

        if (inputs is not null)
            data.Merge(JObject.FromObject(inputs));
        return await InvokeAsync(user, action.Value<string>("verb")!, data);
    }

    /// <summary>An adaptiveCard/action invoke as Teams sends it for an Action.Execute, with any data (a forged press too).</summary>
    public async Task<(IReadOnlyList<Activity> Replies, JObject? Card)> InvokeAsync(TeamsUser user, string verb, JObject data)
    {
        var activity = user.Activity(ActivityTypes.Invoke);
        activity.Name = "adaptiveCard/action";
        activity.Value = JObject.FromObject(new { action = new { type = "Action.Execute", verb, data } });
        var replies = await Bot.ProcessAsync(activity);
        var response = replies.Single(r => r.Type == ActivityTypesEx.InvokeResponse).Value as InvokeResponse;
        var body = response?.Body is null ? null : JObject.FromObject(response.Body);
        var card = body?.Value<string>("type") == "application/vnd.microsoft.card.adaptive" ? (JObject?)body["value"] : null;
        return ([.. replies.Where(r => r.Type == ActivityTypes.Message)], card);
    }

    public static JsonObject ToCard(JObject card) => JsonNode.Parse(card.ToString())!.AsObject();

    private static JObject FindAction(JObject card, string title, string? pairId) =>
        card.SelectTokens("$..actions[*]").OfType<JObject>().FirstOrDefault(a => a.Value<string>("title") == title && (pairId is null || a["data"]?.Value<string>("pairId") == pairId))
        ?? throw new Xunit.Sdk.XunitException($"No button '{title}' on the card: {card}");

    public ValueTask DisposeAsync() => Bot.DisposeAsync();
}
