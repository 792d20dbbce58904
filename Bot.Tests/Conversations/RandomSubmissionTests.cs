using MentorBot.Dialogs.Conversations.Flows;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Stores;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace MentorBot.Tests.Conversations;

/// <summary>
/// Random card submissions (missing, extra and wrongly typed fields, oversized values, forged and stale
/// stamps) against every verb the bot knows: no turn fails, every turn gets an answer, and whatever ends up
/// stored is still valid.
/// </summary>
public sealed class RandomSubmissionTests : IAsyncLifetime
{
    private const int Submissions = 1000;

    private static readonly string[] Verbs =
    [
        "join", "flow", "edit", "leave", "pause", "deleteMyData", "programmeNew", "programmeEdit", "programmeSave",
        "programmeClose", "programmeCloseConfirm", "programmeInvite", "nonsense", string.Empty,
    ];

    private static readonly string[] Fields =
    [
        "role", "department", "jobTitle", "seniority", "departmentPreference", "goal1", "goal2", "goal3", "skills", "otherSkills", "languages", "cadence", "workStart",
        "workEnd", "workDays", "timeZone", "capacity", "rateSkills", "rateOpportunities", "rateSatisfaction",
        "rateLeadership", "programme", "part", "until", "programmeId", "version", "name", "type", "startDate", "endDate",
        "checkInEveryDays", "daysWithoutMeeting", "daysWithoutAnswer", "nudgesBeforeEscalation", "digestFrequency",
        "digestDay", "digestChannel", "matching", "tenants", "coLeads", FlowCards.InstanceField, FlowCards.StepField,
    ];

    private readonly BotHarness _bot = new(settings: new Dictionary<string, string> { ["MentorBot:Leads:0"] = Lead.ObjectId });
    private static readonly TeamsUser Lead = TeamsUser.Create("Lead");
    private Programme _programme = null!;

    public async Task InitializeAsync() => _programme = await _bot.SeedProgrammeAsync("Fuzzed programme", Lead.ObjectId);

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task ThousandRandomSubmissions_NeverFail_AlwaysAnswer_AndLeaveStoredStateValid()
    {
        var random = new Random(20261126);
        TeamsUser[] users = [TeamsUser.Create("Mentee"), TeamsUser.Create("Mentor"), TeamsUser.Create("Amélie", "fr-FR"), Lead];
        var lastCards = new Dictionary<TeamsUser, JObject>();

        for (var i = 0; i < Submissions; i++)
        {
            var user = users[random.Next(users.Length)];

            // A third of the time, answer the last card the user really got (with its true stamp), so flows get deep.
            var data = lastCards.TryGetValue(user, out var card) && random.Next(3) == 0 && card.SelectTokens("$..actions[*].data").Any()
                ? Mutate(card.Submit(), random)
                : RandomSubmission(random);
            var replies = await _bot.SendAsync(user, null, data);

            Assert.True(replies.Count > 0, $"Submission {i} got no answer: {data}");
            if (replies.Select(r => r.Card()).LastOrDefault(c => c is not null) is { } next)
                lastCards[user] = next;
        }

        foreach (var participant in await Participants())
            Assert.Empty(ParticipantRules.Check(participant));
        await foreach (var programme in _bot.Services.GetRequiredService<ProgrammeStore>().ListAsync(default))
            Assert.Empty(ProgrammeRules.Check(programme));
    }

    private async Task<List<Participant>> Participants() =>
        [.. await _bot.Services.GetRequiredService<ParticipantStore>().InProgrammeAsync(_programme.Id, default)];

    private JObject RandomSubmission(Random random)
    {
        var data = new JObject();
        var verb = Verbs[random.Next(Verbs.Length)];
        if (verb.Length > 0 || random.Next(2) == 0)
            data["verb"] = random.Next(10) == 0 ? RandomValue(random) : verb;
        if (verb.StartsWith("programme", StringComparison.Ordinal) && random.Next(2) == 0)
            data["programmeId"] = _programme.Id;
        for (var n = random.Next(8); n > 0; n--)
            data[Fields[random.Next(Fields.Length)]] = RandomValue(random);
        if (random.Next(5) == 0)
            data["unexpected" + random.Next(100)] = RandomValue(random);
        return data;
    }

    private static JObject Mutate(JObject data, Random random)
    {
        for (var n = random.Next(4); n > 0; n--)
        {
            var field = Fields[random.Next(Fields.Length)];
            if (random.Next(4) == 0)
                data.Remove(field);
            else
                data[field] = RandomValue(random);
        }

        return data;
    }

    private static JToken RandomValue(Random random) => random.Next(14) switch
    {
        0 => JValue.CreateNull(),
        1 => new JValue(random.Next(-5, 15)),
        2 => new JValue(random.NextDouble() * 1e6),
        3 => new JValue(random.Next(2) == 0),
        4 => new JArray(1, "two", JValue.CreateNull()),
        5 => new JObject { ["nested"] = "value" },
        6 => new JValue(new string('x', random.Next(150, 6000))),
        7 => new JValue("\u0000\u0007/\\#?%\u200B😀é"),
        8 => new JValue(string.Empty),
        9 => new JValue("Monday,Funday,Friday"),
        10 => new JValue("25:99"),
        11 => new JValue("2027-02-30"),
        12 => new JValue(random.Next(1, 6).ToString(System.Globalization.CultureInfo.InvariantCulture)),
        _ => new JValue("Data engineering"),
    };
}
