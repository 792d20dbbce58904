using System.Net;
using System.Text.Json.Nodes;
using Hangfire;
using Hangfire.States;
using MentorBot.Dialogs.Abstractions.Matching;
using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Stores;
using MentorBot.Jobs;
using MentorBot.Tests.Infrastructure;
using MentorBot.Tests.Jobs;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace MentorBot.Tests.Integration.Faults;

/// <summary>
/// PostgreSQL, the job storage, goes away while the bot runs and comes back: meanwhile /readyz says 503, chat still
/// answers as before, and a lead's request that needed a job is kept (the lead is told so) instead of failing; once
/// PostgreSQL is back /readyz says 200, jobs run again, and the kept request runs.
/// </summary>
public sealed class JobStorageOutageTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task PostgreSqlStopped_ReadyzIs503_ChatAnswers_ALeadsMatchingRoundIsKept_AndRunsOnceItIsBack()
    {
        // A server of its own: stopping the shared one would break the other tests.
        var postgres = new PostgresFixture();
        try
        {
            await postgres.InitializeAsync();
            var tenant = Guid.NewGuid().ToString();
            var (lead, mentor, mentee) = (TeamsUser.New(tenant), TeamsUser.New(tenant), TeamsUser.New(tenant));
            await using var connector = await LoopbackConnector.StartAsync();
            await using var app = new MentorBotApp(new Dictionary<string, string?>
            {
                ["Jobs:Storage"] = "PostgreSql",
                ["Jobs:ConnectionString"] = await postgres.CreateDatabaseAsync("jobs_outage"),
                ["Jobs:Schema"] = JobsAppFactory.Schema,
                ["Jobs:RunServer"] = "true",
                ["MentorBot:Leads:0"] = lead.ObjectId,
            });
            app.StartServer();
            using var http = app.CreateClient();
            var programme = await SeedAsync(app, connector, tenant, lead, mentor, mentee);
            Assert.Equal(HttpStatusCode.OK, await ReadinessAsync(http));
            var help = await SayAsync(app, connector, mentee, "help");

            await postgres.StopAsync();
            await Eventually.TrueAsync(async () => await ReadinessAsync(http) == HttpStatusCode.ServiceUnavailable, "/readyz to say 503 once PostgreSQL is down", Timeout);

            // Chat answers as it did; the lead's round, a background job, is kept and the lead hears when it will run.
            Assert.Equal(help, await SayAsync(app, connector, mentee, "help"));
            var kept = await SayAsync(app, connector, lead, "match");
            Assert.Equal(
                "I can't start matching Data mentoring just now: my background work is paused. I have kept your request: it runs as soon as background work resumes, and you will get the summary here then.",
                kept);
            Assert.Empty(OffersTo(connector, mentor));

            // An offer made meanwhile is not held up by its deadline job: the pair sweep enforces the deadline, and no
            // token is left for a job that does not exist.
            await app.Services.GetRequiredService<IOfferDeadlines>().ScheduleAsync(programme.Id, Pair.IdFor(mentee.ObjectId, mentor.ObjectId), DateTimeOffset.UtcNow.AddDays(3), default);
            Assert.Empty(await app.Services.GetRequiredService<OfferDeadlineTokens>().ExportAsync(tenant, mentee.ObjectId, default));

            await postgres.StartAgainAsync();
            await Eventually.TrueAsync(async () => await ReadinessAsync(http) == HttpStatusCode.OK, "/readyz to say 200 once PostgreSQL is back", Timeout);

            // Jobs run again: the sweep for kept requests (triggered here, as its cron would) queues the round, which offers
            // the mentee to the mentor and reports to the lead, once.
            var storage = app.Services.GetRequiredService<JobStorage>();
            var sweep = ((IRecurringJobManagerV2)app.Services.GetRequiredService<IRecurringJobManager>()).TriggerJob(LeadRequestSweepJob.RecurringJobId);
            await Eventually.TrueAsync(() => Task.FromResult(StateOf(storage, sweep) == SucceededState.StateName), "the triggered sweep to succeed", Timeout);
            await Eventually.TrueAsync(() => Task.FromResult(OffersTo(connector, mentor).Count > 0), "the kept round to offer the mentee to the mentor", Timeout);
            await Eventually.TrueAsync(() => Task.FromResult(TextsTo(connector, lead).Any(t => t.Contains("1 offered to mentors", StringComparison.Ordinal))), "the round's summary to the lead", Timeout);
            Assert.Single(OffersTo(connector, mentor));
            Assert.Single(TextsTo(connector, lead), t => t.Contains("1 offered to mentors", StringComparison.Ordinal));
            var tokens = app.Services.GetRequiredService<LeadRequestTokens>();
            await Eventually.TrueAsync(async () => await tokens.ExportAsync(tenant, lead.ObjectId, default) is [], "the round's job to redeem its request", Timeout);
            var pair = Assert.Single(await app.Services.GetRequiredService<PairStore>().InProgrammeAsync(programme.Id, default));
            Assert.Equal((mentee.ObjectId, mentor.ObjectId, PairStatus.Offered), (pair.MenteeId, pair.MentorId, pair.Status));
        }
        finally
        {
            await postgres.DisposeAsync();
        }
    }

    private static async Task<Programme> SeedAsync(MentorBotApp app, LoopbackConnector connector, string tenant, TeamsUser lead, TeamsUser mentor, TeamsUser mentee)
    {
        var now = DateTimeOffset.UtcNow;
        var programme = new Programme
        {
            Id = "p-" + Guid.NewGuid().ToString("N")[..8],
            Name = "Data mentoring",
            TenantId = tenant,
            Leads = [lead.ObjectId],
            StartDate = DateOnly.FromDateTime(now.UtcDateTime.AddDays(30)),
            EndDate = DateOnly.FromDateTime(now.UtcDateTime.AddDays(200)),
            SkillsCatalogue = ["Data engineering"],
            Matching = MatchingMode.Automatic,
        };
        await app.Services.GetRequiredService<ProgrammeStore>().SaveAsync(programme, null, default);
        foreach (var (user, role) in new[] { (mentor, Role.Mentor), (mentee, Role.Mentee) })
        {
            await app.Services.GetRequiredService<ParticipantStore>().SaveAsync(new Participant
            {
                TenantId = tenant,
                UserObjectId = user.ObjectId,
                ProgrammeId = programme.Id,
                Role = role,
                DisplayName = role == Role.Mentor ? "Maya" : "Ada",
                Goals = ["Grow in data engineering"],
                Skills = ["Data engineering"],
                Languages = ["en"],
                Capacity = role == Role.Mentor ? 1 : null,
                JoinedAt = now,
            }, default);
        }

        foreach (var user in new[] { lead, mentor, mentee })
        {
            using var installed = await app.PostActivityAsync(TeamsActivities.InstallationAdded(user, connector.ServiceUrl));
            installed.EnsureSuccessStatusCode();
        }

        return programme;
    }

    // Says something and returns what the bot answered in that turn: its texts, or its cards' texts.
    private static async Task<string> SayAsync(MentorBotApp app, LoopbackConnector connector, TeamsUser user, string text)
    {
        var before = connector.ActivitiesIn(user.ConversationId).Count;
        using var response = await app.PostActivityAsync(TeamsActivities.Message(user, connector.ServiceUrl, text));
        response.EnsureSuccessStatusCode();
        return string.Join("\n", connector.ActivitiesIn(user.ConversationId).Skip(before).Select(Shown));
    }

    private static string Shown(Activity activity) =>
        activity.Attachments?.Count > 0 ? string.Join(" / ", CardReader.Texts(CardReader.AdaptiveCard(activity))) : activity.Text;

    private static async Task<HttpStatusCode> ReadinessAsync(HttpClient http)
    {
        using var response = await http.GetAsync(new Uri("/readyz", UriKind.Relative));
        return response.StatusCode;
    }

    private static string? StateOf(JobStorage storage, string? jobId)
    {
        using var connection = storage.GetConnection();
        return jobId is null ? null : connection.GetJobData(jobId)?.State;
    }

    private static List<Activity> OffersTo(LoopbackConnector connector, TeamsUser user) =>
        [.. connector.ActivitiesIn(user.ConversationId).Where(a => a.Attachments?.Count > 0 && CardReader.AdaptiveCard(a).ToString().Contains(MentorOfferCard.AcceptVerb, StringComparison.Ordinal))];

    private static List<string> TextsTo(LoopbackConnector connector, TeamsUser user) =>
        [.. connector.ActivitiesIn(user.ConversationId).Select(a => a.Text).OfType<string>()];
}
