using System.Globalization;
using System.Text.Json.Nodes;
using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Stores;
using MentorBot.Jobs;
using MentorBot.Tests.Conversations;
using MentorBot.Tests.Infrastructure;
using MentorBot.Tests.Jobs;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using Npgsql;
using TeamsUser = MentorBot.Tests.Infrastructure.TeamsUser;

namespace MentorBot.Tests.Integration.TwoInstances;

/// <summary>
/// Two real bot processes on one Azurite and one PostgreSQL behind a round-robin proxy (<see cref="TwoBotProcesses"/>):
/// a conversation whose turns alternate between them goes as it goes on one instance, and a recurring job both
/// Hangfire servers see come due runs once per cron time, not once per instance.
/// </summary>
[Collection(SharedPostgres.Name)]
public sealed class TwoInstancesTests(PostgresFixture postgres, AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private const string Name = "Ada Quillon";
    private const string Goal = "Run the quarterly planning";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    // A mentee's onboarding after installing the app: the answers to each card, in order (the last confirms).
    private static readonly object[] Answers =
    [
        new { department = "Finance", jobTitle = "Analyst", seniority = "EarlyCareer" },
        new { goal1 = Goal },
        new { skills = "Data engineering" },
        new { departmentPreference = "NoPreference", languages = "en", cadence = "Fortnightly" },
        new { workStart = "09:00", workEnd = "17:00", workDays = "Monday,Wednesday", timeZone = "Europe/Paris" },
        new { rateSkills = "3", rateOpportunities = "3", rateSatisfaction = "3" },
        new { },
    ];

    [Fact]
    public async Task Onboarding_WhoseTurnsAlternateBetweenTwoBotProcesses_Completes_AsItDoesOnOne()
    {
        await using var bots = await TwoBotProcesses.StartAsync(postgres, azurite);
        var tenant = Guid.NewGuid().ToString();
        var programme = await SeedProgrammeAsync(bots, tenant);
        var alternating = TeamsUser.New(tenant);
        var onOne = TeamsUser.New(tenant);

        await OnboardAsync(bots, alternating, bots.PostAsync);
        await OnboardAsync(bots, onOne, activity => TwoBotProcesses.PostToAsync(bots.Instances[0].MessagesEndpoint, activity));

        // Every turn of the first went through the proxy, to instance 0, 1, 0, 1…: no two consecutive turns on one instance.
        var served = bots.Proxy.Served;
        Assert.Equal(2 + Answers.Length, served.Count);
        Assert.Equal(Enumerable.Range(0, served.Count).Select(i => i % 2), served.Select(s => s.Instance));
        Assert.All(served, s => Assert.InRange(s.Status, 200, 299));

        // Each reply is the one a single instance gives, turn by turn, down to "You're in!".
        Assert.Equal(Replies(bots, onOne), Replies(bots, alternating));
        Assert.Contains("You're in!", Replies(bots, alternating)[^1], StringComparison.Ordinal);

        // Stored once, whole: every answer, whichever instance took it.
        var participants = bots.Store.Services.GetRequiredService<ParticipantStore>();
        var stored = Assert.Single(await participants.ForUserAsync(tenant, alternating.ObjectId, default));
        Assert.Equal((programme.Id, Role.Mentee, Name), (stored.ProgrammeId, stored.Role, stored.DisplayName));
        Assert.Equal(("Finance", "Analyst", Seniority.EarlyCareer), (stored.Department, stored.JobTitle, stored.Seniority));
        Assert.Equal([Goal], stored.Goals);
        Assert.Equal(["Data engineering"], stored.Skills);
        Assert.Equal(["en"], stored.Languages);
        Assert.Equal(new SelfAssessment(3, 3, 3), stored.Baseline);
        Assert.Equal((new TimeOnly(9, 0), new TimeOnly(17, 0), "Europe/Paris"), (stored.WorkingHours!.Start, stored.WorkingHours.End, stored.WorkingHours.TimeZone));
        Assert.Equal([DayOfWeek.Monday, DayOfWeek.Wednesday], stored.WorkingHours.Days);
        Assert.Single(await participants.ForUserAsync(tenant, onOne.ObjectId, default));
        Assert.Equal(2, (await participants.InProgrammeAsync(programme.Id, default)).Count);
    }

    [Fact]
    public async Task RecurringCheckInDispatch_SeenDueByBothBotProcesses_RunsOncePerCronTime_AndSendsEachCheckInOnce()
    {
        await using var bots = await TwoBotProcesses.StartAsync(postgres, azurite, new Dictionary<string, string>
        {
            // A cron time every five seconds, and each Hangfire server looks every second: both see each one come due.
            ["Jobs:Recurring:CheckInDispatch:Cron"] = "*/5 * * * * *",
            ["Jobs:SchedulePollingInterval"] = "00:00:01",
        });
        var tenant = Guid.NewGuid().ToString();
        var people = await SeedDueCheckInsAsync(bots, tenant);

        foreach (var person in people)
            await bots.EventuallyAsync(() => Task.FromResult(CheckInCards(bots, person).Count > 0), $"a check-in card for {person.ObjectId}", Timeout);
        var allSent = DateTimeOffset.UtcNow.ToUnixTimeSeconds();

        // Two more cron times run to the end after the last card: they find nothing due and send nothing.
        await bots.EventuallyAsync(
            async () => (await RunsAsync(bots)).Count(r => r.State == "Succeeded" && r.CronTime > allSent) >= 2,
            "two more check-in dispatch runs after every card was sent",
            Timeout);

        foreach (var person in people)
            Assert.Single(CheckInCards(bots, person));
        Assert.Equal(2, await HangfireServersAsync(bots));
        var runs = await RunsAsync(bots);
        var perCronTime = runs.GroupBy(r => r.CronTime).Where(g => g.Count() > 1).Select(g => $"{g.Key}: jobs {string.Join(", ", g.Select(r => r.JobId))}").ToList();
        Assert.True(perCronTime.Count == 0, $"Cron times run more than once: {string.Join("; ", perCronTime)}");
        Assert.True(runs.Count >= 3, $"Expected at least 3 runs, got {runs.Count}.");
    }

    private static async Task<Programme> SeedProgrammeAsync(TwoBotProcesses bots, string tenant)
    {
        var now = DateTimeOffset.UtcNow;
        var programme = new Programme
        {
            Id = "p-" + Guid.NewGuid().ToString("N")[..8],
            Name = "Data mentoring",
            TenantId = tenant,
            Leads = ["lead"],
            StartDate = DateOnly.FromDateTime(now.UtcDateTime.AddDays(30)),
            EndDate = DateOnly.FromDateTime(now.UtcDateTime.AddDays(200)),
            SkillsCatalogue = ["Data engineering"],
        };
        await bots.Store.Services.GetRequiredService<ProgrammeStore>().SaveAsync(programme, null, default);
        return programme;
    }

    // Installs the app, joins as a mentee and answers each card the bot sends, each turn through <paramref name="post"/>.
    private static async Task OnboardAsync(TwoBotProcesses bots, TeamsUser user, Func<JsonObject, Task> post)
    {
        var serviceUrl = bots.Connector.ServiceUrl;
        await post(Named(TeamsActivities.InstallationAdded(user, serviceUrl)));
        await post(Named(TeamsActivities.CardSubmit(user, serviceUrl, new JsonObject { ["verb"] = "join", ["role"] = "mentee" })));
        foreach (var answer in Answers)
        {
            var card = CardReader.AdaptiveCard(bots.Connector.ActivitiesIn(user.ConversationId).Last(a => a.Attachments?.Count > 0));
            await post(Named(TeamsActivities.CardSubmit(user, serviceUrl, JsonNode.Parse(card.Submit(answer).ToString())!.AsObject())));
        }
    }

    private static JsonObject Named(JsonObject activity)
    {
        activity["from"]!["name"] = Name;
        return activity;
    }

    // What the person saw, one line per message: its text, or its card's texts, inputs and buttons.
    private static List<string> Replies(TwoBotProcesses bots, TeamsUser user) =>
        [.. bots.Connector.ActivitiesIn(user.ConversationId).Select(a => a.Attachments?.Count > 0 ? Shape(CardReader.AdaptiveCard(a)) : a.Text)];

    private static string Shape(JObject card) =>
        $"{string.Join(" / ", CardReader.Texts(card))} [{string.Join(", ", card.InputIds())}] [{string.Join(", ", card.SelectTokens("$..actions[*].title"))}]";

    // Two active pairs, accepted a month ago and never met, with working hours around the clock: each person's first
    // check-in (after 14 days) is due at the next cron time. Each person installs the app through the proxy first.
    private static async Task<List<TeamsUser>> SeedDueCheckInsAsync(TwoBotProcesses bots, string tenant)
    {
        var services = bots.Store.Services;
        var now = DateTimeOffset.UtcNow;
        var programme = new Programme
        {
            Id = $"p-{tenant}",
            Name = "Two instances",
            TenantId = tenant,
            Leads = ["lead"],
            StartDate = DateOnly.FromDateTime(now.UtcDateTime.AddDays(-30)),
            EndDate = DateOnly.FromDateTime(now.UtcDateTime.AddDays(60)),
            CheckInEveryDays = 14,
        };
        var people = new List<TeamsUser>();
        for (var i = 0; i < 4; i++)
        {
            var person = TeamsUser.New(tenant);
            await bots.PostAsync(TeamsActivities.InstallationAdded(person, bots.Connector.ServiceUrl));
            people.Add(person);
        }

        await services.GetRequiredService<ProgrammeStore>().SaveAsync(programme, null, default);
        var always = new WorkingHours(TimeOnly.MinValue, TimeOnly.MaxValue, Enum.GetValues<DayOfWeek>(), "Etc/UTC");
        for (var i = 0; i < people.Count; i++)
        {
            await services.GetRequiredService<ParticipantStore>().SaveAsync(new Participant
            {
                TenantId = tenant,
                UserObjectId = people[i].ObjectId,
                ProgrammeId = programme.Id,
                Role = i % 2 == 0 ? Role.Mentee : Role.Mentor,
                DisplayName = $"Person {i}",
                Goals = ["Lead a project"],
                WorkingHours = always,
                Capacity = i % 2 == 0 ? null : 1,
            }, default);
        }

        for (var i = 0; i < people.Count; i += 2)
        {
            var pair = SeededPairs.In(programme.Id, (tenant, people[i].ObjectId), (tenant, people[i + 1].ObjectId), PairStatus.Active, now.AddDays(-30));
            await services.GetRequiredService<PairStore>().SaveAsync(pair, null, default);
        }

        return people;
    }

    private static List<Activity> CheckInCards(TwoBotProcesses bots, TeamsUser user) =>
        [.. bots.Connector.ActivitiesIn(user.ConversationId).Where(a => a.Attachments?.Count > 0 && CardReader.AdaptiveCard(a).ToString().Contains(CheckInCard.AnswerVerb, StringComparison.Ordinal))];

    // Every job the check-in dispatch's recurring schedule made, from Hangfire's tables: its state, and the cron time
    // it stands for. Hangfire stamps a job with the moment the scheduler made it (its "Time" parameter, in seconds);
    // the latest cron time (a multiple of five seconds) at or before that moment is the one it ran for.
    // Each instance's Hangfire server, with its recurring job scheduler, registered in the shared database.
    private static async Task<long> HangfireServersAsync(TwoBotProcesses bots)
    {
        await using var connection = new NpgsqlConnection(bots.JobsDatabase);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT count(*) FROM {JobsAppFactory.Schema}.server", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<List<(long JobId, string State, long CronTime)>> RunsAsync(TwoBotProcesses bots)
    {
        await using var connection = new NpgsqlConnection(bots.JobsDatabase);
        await connection.OpenAsync();
        var schema = JobsAppFactory.Schema;
        await using var command = new NpgsqlCommand(
            $"""
            SELECT j.id, j.statename, trim(both '"' from t.value)
            FROM {schema}.job j
            JOIN {schema}.jobparameter r ON r.jobid = j.id AND r.name = 'RecurringJobId'
            JOIN {schema}.jobparameter t ON t.jobid = j.id AND t.name = 'Time'
            WHERE trim(both '"' from r.value) = @recurring
            ORDER BY j.id
            """,
            connection);
        command.Parameters.AddWithValue("recurring", CheckInDispatchJob.RecurringJobId);
        var runs = new List<(long, string, long)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var time = long.Parse(reader.GetString(2), CultureInfo.InvariantCulture);
            runs.Add((reader.GetInt64(0), reader.IsDBNull(1) ? string.Empty : reader.GetString(1), time - (time % 5)));
        }

        return runs;
    }
}
