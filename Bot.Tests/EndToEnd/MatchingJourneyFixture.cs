using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Stores;
using MentorBot.Storage;
using MentorBot.Tests.Infrastructure;

namespace MentorBot.Tests.EndToEnd;

/// <summary>
/// One organisation for the matching journeys: a lead-approves programme and its people seeded straight into the
/// bot's SQLite data folder (onboarding has journeys of its own), one bot process with the Playground's default user
/// as organisation lead, and a Playground for every person who must receive a card, opened before matching runs:
/// the bot can only message people who installed the app. The lead's matching and approval runs once, for the
/// journeys that need it.
/// </summary>
public sealed class MatchingJourneyFixture : IAsyncLifetime
{
    public const string ProgrammeName = "Matching journey";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly PlaygroundFixture _browser = new();
    private readonly Lock _gate = new();
    private readonly Dictionary<string, PlaygroundSession> _sessions = [];
    private DirectoryInfo? _data;
    private BotProcess? _bot;
    private Task? _approved;

    // Megan and Adele share data engineering; Lee and Nestor public speaking; Patti, with a free place, is Lee's next best.
    internal static PlaygroundUser Megan { get; } = new("user-id-11", "Megan Bowen", "00000000-0000-0000-0000-0000000000111");

    internal static PlaygroundUser Adele { get; } = new("user-id-12", "Adele Vance", "00000000-0000-0000-0000-0000000000112");

    internal static PlaygroundUser Nestor { get; } = new("user-id-13", "Nestor Wilke", "00000000-0000-0000-0000-0000000000113");

    internal static PlaygroundUser Patti { get; } = new("user-id-14", "Patti Fernandez", "00000000-0000-0000-0000-0000000000114");

    internal const string LeeObjectId = "00000000-0000-0000-0000-0000000000115";

    public async Task InitializeAsync()
    {
        await _browser.InitializeAsync();
        _data = Directory.CreateTempSubdirectory("mentorbot-matching-");
        var botData = Directory.CreateDirectory(Path.Combine(_data.FullName, "bot-data")).FullName;
        await SeedAsync(Path.Combine(botData, "mentorbot.db"));
        _bot = await BotProcess.StartAsync(botData, StartTimeout, [PlaygroundUser.Default.ObjectId]);

        // Everyone who will get a card opens their Playground first (it installs the app), one at a time: two cores.
        foreach (var user in new[] { PlaygroundUser.Default, Megan, Adele, Nestor, Patti })
        {
            var session = await _browser.OpenAsync(_bot.MessagesEndpoint, user, "matching-" + user.Id);
            _sessions[user.Id] = session;
            await Microsoft.Playwright.Assertions.Expect(session.Chat.LogEntry("installationUpdate 200")).ToBeVisibleAsync();
        }
    }

    internal PlaygroundSession Session(PlaygroundUser user) => _sessions[user.Id];

    /// <summary>Runs <paramref name="matchAndApprove"/> (the lead's part) on the first call only.</summary>
    internal Task ApprovedAsync(Func<Task> matchAndApprove)
    {
        lock (_gate)
            return _approved ??= matchAndApprove();
    }

    public async Task DisposeAsync()
    {
        foreach (var session in _sessions.Values)
            await session.DisposeAsync();
        if (_bot is not null)
        {
            await _bot.DisposeAsync();
            var logs = Directory.CreateDirectory(Path.Combine(EndToEndTools.LogsFolder, nameof(MatchingJourneyTests))).FullName;
            await File.WriteAllTextAsync(Path.Combine(logs, "bot.log"), _bot.Output() + "\n");
        }

        await _browser.DisposeAsync();
        EndToEndTools.DeleteQuietly(_data);
    }

    private static async Task SeedAsync(string database)
    {
        var store = new SqliteEntityStore(database, TimeProvider.System);
        var programme = new Programme
        {
            Id = "p-matching",
            Name = ProgrammeName,
            TenantId = PlaygroundUser.TenantId,
            Leads = [PlaygroundUser.Default.ObjectId],
            StartDate = DateOnly.FromDateTime(DateTime.UtcNow),
            EndDate = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(6),
            Matching = MatchingMode.LeadApproves,
        };
        await new ProgrammeStore(store).SaveAsync(programme, null, default);
        var participants = new ParticipantStore(store);
        foreach (var (id, name, role, skill) in new[]
        {
            (Megan.ObjectId, Megan.Name, Role.Mentee, "Data engineering"),
            (LeeObjectId, "Lee Gu", Role.Mentee, "Public speaking"),
            (Adele.ObjectId, Adele.Name, Role.Mentor, "Data engineering"),
            (Nestor.ObjectId, Nestor.Name, Role.Mentor, "Public speaking"),
            (Patti.ObjectId, Patti.Name, Role.Mentor, "Negotiation"),
        })
        {
            await participants.SaveAsync(
                new Participant
                {
                    TenantId = PlaygroundUser.TenantId,
                    UserObjectId = id,
                    ProgrammeId = programme.Id,
                    Role = role,
                    DisplayName = name,
                    JobTitle = role == Role.Mentor ? "Principal engineer" : "Analyst",
                    Department = "Data",
                    Goals = ["Get better at " + skill],
                    Skills = [skill],
                    Languages = ["en"],
                    Capacity = role == Role.Mentor ? 1 : null,
                    WorkingHours = new WorkingHours(new TimeOnly(9, 0), new TimeOnly(17, 0), WorkingHours.WeekDays, "Europe/London"),
                    JoinedAt = DateTimeOffset.UtcNow,
                },
                default);
        }
    }
}
