using System.Text.Json.Nodes;
using MentorBot.Dialogs.Abstractions.Messaging;
using MentorBot.Dialogs.Abstractions.Storage;
using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Domain.Nudges;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Domain.Surveys;
using MentorBot.Dialogs.Stores;
using MentorBot.Tests.Conversations;
using MentorBot.Tests.Infrastructure;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using TeamsUser = MentorBot.Tests.Infrastructure.TeamsUser;

namespace MentorBot.Tests.Integration.Erasure;

/// <summary>
/// A person's whole stay, through /api/messages and the real messenger (ProactiveMessenger, CloudAdapter, the loopback
/// connector): installing (Teams gives their UPN), onboarding, being matched (an offer to a mentor and its deadline
/// job), messages to them delivered and deferred, a deferred message about them to their mentor; then `delete my data`.
/// </summary>
public sealed class ErasureJourney : IAsyncDisposable
{
    public const string Name = "Zephyrine Quillfeather";
    public const string Upn = "zephyrine.quillfeather@contoso.example";
    public const string Goal = "Untangle the quarterly forecasting pipeline";

    private const string LeadObjectId = "9d5c0d0e-1ead-4e11-8000-0000000000e5";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private readonly string _tenant = Guid.NewGuid().ToString();

    private ErasureJourney(LoopbackConnector connector, MentorBotApp app)
    {
        Connector = connector;
        App = app;
        Person = TeamsUser.New(_tenant);
        Mentor = TeamsUser.New(_tenant);
        Lead = TeamsUser.New(_tenant) with { ObjectId = LeadObjectId };
    }

    public LoopbackConnector Connector { get; }

    public MentorBotApp App { get; }

    /// <summary>The person who erases their data.</summary>
    public TeamsUser Person { get; }

    public TeamsUser Mentor { get; }

    public TeamsUser Lead { get; }

    /// <summary>What must not remain of the person: ids, address, name, UPN and goal.</summary>
    public IReadOnlyList<string> Traces => [Person.ObjectId, Person.ChannelUserId, Person.ConversationId, Name, Upn, Goal];

    public IEntityStore Store => App.Services.GetRequiredService<IEntityStore>();

    public string JobsDatabase => Path.Combine(App.DataFolder, "jobs.db");

    public static async Task<ErasureJourney> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var connector = await LoopbackConnector.StartAsync();
        // The Hangfire server runs: the automatic matching round that offers the person to their mentor is a background job.
        var all = new Dictionary<string, string?> { ["MentorBot:Leads:0"] = LeadObjectId, ["Jobs:RunServer"] = "true" };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            all[key] = value;
        var app = new MentorBotApp(all);
        app.StartServer();
        return new ErasureJourney(connector, app);
    }

    /// <summary>Everything up to (not including) `delete my data`.</summary>
    public async Task LiveAsync()
    {
        var programme = await SeedProgrammeAsync();
        Connector.RegisterMember(Person, Upn);
        await PostAsync(Person, TeamsActivities.InstallationAdded(Person, Connector.ServiceUrl));
        await OnboardAsync();

        await PostAsync(Mentor, TeamsActivities.InstallationAdded(Mentor, Connector.ServiceUrl));
        await SeedMentorAsync(programme);
        await PostAsync(Lead, TeamsActivities.Message(Lead, Connector.ServiceUrl, "match"));
        await Eventually.TrueAsync(() => Task.FromResult(Connector.ActivitiesIn(Mentor.ConversationId).Any(a => a.Attachments?.Count > 0 && CardText(a).Contains(Name, StringComparison.Ordinal))), "the offer of the person to their mentor", Timeout);

        await AnswerACheckInAsync();
        await SnoozeAndBeNudgedAsync(programme.Id);
        await AnswerASurveyAsync(programme.Id);

        var messenger = App.Services.GetRequiredService<IMessenger>();
        Assert.Equal(SendOutcome.Sent, (await messenger.SendAsync(new OutgoingMessage(_tenant, Person.ObjectId, IdempotencyKey.For("reminder", Person.ObjectId, "w1"), text: $"Your goal: {Goal}"), default)).Outcome);
        Connector.FailNext(Person.ConversationId, ScriptedFailure.ServiceUnavailable(), ScriptedFailure.ServiceUnavailable(), ScriptedFailure.ServiceUnavailable());
        Assert.Equal(SendOutcome.Deferred, (await messenger.SendAsync(new OutgoingMessage(_tenant, Person.ObjectId, IdempotencyKey.For("reminder", Person.ObjectId, "w2"), text: $"Still on: {Goal}"), default)).Outcome);
        Connector.FailNext(Mentor.ConversationId, ScriptedFailure.ServiceUnavailable(), ScriptedFailure.ServiceUnavailable(), ScriptedFailure.ServiceUnavailable());
        Assert.Equal(SendOutcome.Deferred, (await messenger.SendAsync(new OutgoingMessage(_tenant, Mentor.ObjectId, IdempotencyKey.For("waiting", Mentor.ObjectId, "w2"), text: $"{Name} is waiting for your answer"), default)).Outcome);
    }

    // The mentor accepts the offer; both open a check-in (`check in`) and the person answers theirs: the mentor's row is
    // keyed by the pair, which names the person, so erasure must take it too.
    private async Task AnswerACheckInAsync()
    {
        var offer = Connector.ActivitiesIn(Mentor.ConversationId).Where(a => a.Attachments?.Count > 0).Select(CardReader.AdaptiveCard)
            .Last(c => c.SelectTokens("$..actions[*].verb").Any(v => v.ToString() == "offerAccept"));
        await PostAsync(Mentor, Invoke(Mentor, offer, "Accept"));
        await PostAsync(Mentor, TeamsActivities.Message(Mentor, Connector.ServiceUrl, "check in"));
        await PostAsync(Person, TeamsActivities.Message(Person, Connector.ServiceUrl, "check in"));
        var checkIn = Connector.ActivitiesIn(Person.ConversationId).Where(a => a.Attachments?.Count > 0).Select(CardReader.AdaptiveCard)
            .Last(c => c.SelectTokens("$..actions[*].verb").Any(v => v.ToString() == "checkInAnswer"));
        await PostAsync(Person, Invoke(Person, checkIn, "Send", new JsonObject { ["met"] = "Yes", ["usefulness"] = "4", ["blocker"] = $"No time for {Goal}" }));
        var stored = await App.Services.GetRequiredService<CheckInStore>().InProgrammeAsync(checkIn.SelectToken("$..actions[0].data.programmeId")!.ToString(), default);
        Assert.Equal(2, stored.Count);
        Assert.Single(stored, c => c.IsAnswered);
    }

    // The person snoozes the pair's nudges (a row keyed by the pair and by them), and their mentor holds a nudge about
    // the pair (as the dispatcher records one): the mentor's row is keyed by the pair, which names the person.
    private async Task SnoozeAndBeNudgedAsync(string programmeId)
    {
        await PostAsync(Person, TeamsActivities.Message(Person, Connector.ServiceUrl, "snooze 3d"));
        var nudges = App.Services.GetRequiredService<NudgeStore>();
        var pair = (await App.Services.GetRequiredService<PairStore>().InProgrammeAsync(programmeId, default)).Single(p => p.Involves(Person.ObjectId) && p.IsActive);
        Assert.Single(await nudges.SnoozesForPairAsync(programmeId, pair.Id, default));
        var now = App.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        Assert.True(await nudges.TryCreateAsync(new Nudge
        {
            ProgrammeId = programmeId,
            PairId = pair.Id,
            TenantId = Mentor.TenantId,
            UserObjectId = Mentor.ObjectId,
            Role = Role.Mentor,
            Kind = NudgeKind.NoMeeting,
            Period = NudgePeriod.QuietSince(now.AddDays(-21)),
            DueAt = now,
            SentAt = now,
        }, default));
    }

    // The person answers their mid-programme survey through `feedback` (free text naming their goal) and their mentor
    // holds one too, unanswered: the mentor's row is keyed by the pair, which names the person.
    private async Task AnswerASurveyAsync(string programmeId)
    {
        var surveys = App.Services.GetRequiredService<SurveyStore>();
        var pair = (await App.Services.GetRequiredService<PairStore>().InProgrammeAsync(programmeId, default)).Single(p => p.Involves(Person.ObjectId) && p.IsActive);
        var now = App.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        foreach (var (user, role) in new[] { (Person, Role.Mentee), (Mentor, Role.Mentor) })
        {
            Assert.True(await surveys.TryCreateAsync(new Survey
            {
                ProgrammeId = programmeId,
                PairId = pair.Id,
                TenantId = user.TenantId,
                UserObjectId = user.ObjectId,
                Role = role,
                Kind = SurveyKind.Mid,
                DueAt = now,
                SentAt = now,
                Baseline = role == Role.Mentee ? new SelfAssessment(2, 3, 3) : new SelfAssessment(3, 3, 3, 3),
            }, default));
        }

        await PostAsync(Person, TeamsActivities.Message(Person, Connector.ServiceUrl, "feedback"));
        var survey = Connector.ActivitiesIn(Person.ConversationId).Where(a => a.Attachments?.Count > 0).Select(CardReader.AdaptiveCard)
            .Last(c => c.SelectTokens("$..actions[*].verb").Any(v => v.ToString() == SurveyCard.AnswerVerb));
        await PostAsync(Person, Invoke(Person, survey, "Send", new JsonObject
        {
            ["rateSkills"] = "4", ["rateOpportunities"] = "3", ["rateSatisfaction"] = "4", ["relationship"] = "5", ["recommend"] = "9",
            ["helpedMost"] = $"Talking about {Goal}",
        }));
        Assert.Single(await surveys.InProgrammeAsync(programmeId, default), s => s.IsAnswered && s.UserObjectId == Person.ObjectId);
    }

    // An Action.Execute press of the button titled <paramref name="title"/>, as Teams sends it.
    private JsonObject Invoke(TeamsUser user, JObject card, string title, JsonObject? inputs = null)
    {
        var action = card.SelectTokens("$..actions[*]").OfType<JObject>().First(a => a.Value<string>("title") == title);
        var data = Json((JObject)action["data"]!);
        foreach (var (key, value) in inputs ?? [])
            data[key] = value?.DeepClone();
        var activity = TeamsActivities.Base("invoke", user, Connector.ServiceUrl);
        activity["name"] = "adaptiveCard/action";
        activity["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = action.Value<string>("verb"), ["data"] = data } };
        return activity;
    }

    public async Task DeleteMyDataAsync()
    {
        await PostAsync(Person, TeamsActivities.Message(Person, Connector.ServiceUrl, "delete my data"));
        var confirm = LastCard(Person);
        await PostAsync(Person, TeamsActivities.CardSubmit(Person, Connector.ServiceUrl, Json(confirm.Submit())));
        Assert.Contains(Connector.ActivitiesIn(Person.ConversationId), a => a.Text?.Contains("erased", StringComparison.Ordinal) == true);
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Connector.DisposeAsync();
    }

    private async Task OnboardAsync()
    {
        await PostAsync(Person, TeamsActivities.CardSubmit(Person, Connector.ServiceUrl, new JsonObject { ["verb"] = "join", ["role"] = "mentee" }));
        object[] answers =
        [
            new { department = "Finance", jobTitle = "Analyst", seniority = "EarlyCareer" },
            new { goal1 = Goal },
            new { skills = "Data engineering" },
            new { departmentPreference = "NoPreference", languages = "en", cadence = "Fortnightly" },
            new { workStart = "09:00", workEnd = "17:00", workDays = "Monday,Wednesday", timeZone = "Europe/Paris" },
            new { rateSkills = "3", rateOpportunities = "3", rateSatisfaction = "3" },
            new { },
        ];
        foreach (var answer in answers)
            await PostAsync(Person, TeamsActivities.CardSubmit(Person, Connector.ServiceUrl, Json(LastCard(Person).Submit(answer))));
        var participant = Assert.Single(await App.Services.GetRequiredService<ParticipantStore>().ForUserAsync(_tenant, Person.ObjectId, default));
        Assert.Equal((Name, Goal), (participant.DisplayName, Assert.Single(participant.Goals)));
    }

    private async Task<Programme> SeedProgrammeAsync()
    {
        var programme = new Programme
        {
            Id = "p-" + Guid.NewGuid().ToString("N")[..8],
            Name = "Data mentoring",
            TenantId = _tenant,
            Leads = [LeadObjectId],
            StartDate = new DateOnly(2027, 1, 4),
            EndDate = new DateOnly(2027, 6, 30),
            SkillsCatalogue = ["Data engineering"],
            Matching = MatchingMode.Automatic,
        };
        await App.Services.GetRequiredService<ProgrammeStore>().SaveAsync(programme, null, default);
        return programme;
    }

    private Task SeedMentorAsync(Programme programme) =>
        App.Services.GetRequiredService<ParticipantStore>().SaveAsync(
            new Participant
            {
                TenantId = _tenant,
                UserObjectId = Mentor.ObjectId,
                ProgrammeId = programme.Id,
                Role = Role.Mentor,
                DisplayName = "Maya",
                Skills = ["Data engineering"],
                Languages = ["en"],
                Capacity = 1,
            },
            default);

    // The person's activities carry their own name, as Teams sends it.
    private async Task PostAsync(TeamsUser user, JsonObject activity)
    {
        if (user == Person)
            activity["from"]!["name"] = Name;
        using var response = await App.PostActivityAsync(activity);
        response.EnsureSuccessStatusCode();
    }

    private JObject LastCard(TeamsUser user) =>
        CardReader.AdaptiveCard(Connector.ActivitiesIn(user.ConversationId).Last(a => a.Attachments?.Count > 0));

    private static string CardText(Activity activity) => string.Join('\n', CardReader.Texts(CardReader.AdaptiveCard(activity)));

    private static JsonObject Json(JObject value) => JsonNode.Parse(value.ToString())!.AsObject();
}
