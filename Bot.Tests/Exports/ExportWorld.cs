using MentorBot.Dialogs.Abstractions.Exports;
using MentorBot.Dialogs.Domain.CheckIns;
using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Domain.Scheduling;
using MentorBot.Dialogs.Stores;
using MentorBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace MentorBot.Tests.Exports;

/// <summary>
/// The real web app on a fake clock with two programmes seeded in its SQLite store. "Data mentoring" (MinAnswers 2,
/// 45-minute meetings): four pairs whose people have names a spreadsheet would run or split (a formula, a comma, a
/// quote, a line break, a tab, a carriage return); "Other" (MinAnswers 5) with two leads and one answered check-in.
/// Links are made by the app's own <see cref="IExportLinks"/>, as `export` makes them.
/// </summary>
public sealed class ExportWorld : IAsyncLifetime
{
    public const string Tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    public const string PublicBaseUrl = "https://mentorbot.example.test/bot/";
    public static readonly DateTimeOffset Start = new(2027, 2, 1, 10, 0, 0, TimeSpan.Zero);

    public static readonly string Lead = Guid.NewGuid().ToString();
    public static readonly string SecondLead = Guid.NewGuid().ToString();

    // Names that a spreadsheet would run as formulas, or that a naive writer would split across cells or lines.
    public const string FormulaName = "=HYPERLINK(\"http://evil.example\",\"Click\")";
    public const string TrickyName = "O'Brien, \"Bob\"\nJunior";
    public const string PlusName = "+cmd|' /C calc'!A0";
    public const string MinusName = "-2+3";
    public const string AtName = "@SUM(1+1)";
    public const string TabName = "\tTabbed";
    public const string ReturnName = "\rReturned";
    public const string AccentName = "Zoë Ünal";

    public FakeTimeProvider Clock { get; } = new(Start);

    public MentorBotApp App { get; private set; } = null!;

    public Programme Data { get; private set; } = null!;

    public Programme Other { get; private set; } = null!;

    public Pair Running { get; private set; } = null!;

    public Participant RunningMentee { get; private set; } = null!;

    public Participant RunningMentor { get; private set; } = null!;

    public List<CheckIn> RunningCheckIns { get; } = [];

    public async Task InitializeAsync()
    {
        App = new MentorBotApp(
            new Dictionary<string, string?>
            {
                ["MentorBot:PublicBaseUrl"] = PublicBaseUrl,

                // As an operator chasing a problem might: every ASP.NET Core category at Debug. No line may hold a signature.
                ["Logging:LogLevel:Microsoft.AspNetCore"] = "Debug",
                ["Logging:LogLevel:Default"] = "Debug",
            },
            services => services.AddSingleton<TimeProvider>(Clock));
        App.StartServer();
        await SeedAsync(App.Services);
    }

    public async Task DisposeAsync() => await App.DisposeAsync();

    public ExportLinks LinksFor(Programme programme, string lead) =>
        App.Services.GetRequiredService<IExportLinks>().For(programme, Tenant, lead);

    /// <summary>
    /// GETs a link on the test server, as the proxy in front of the public base URL would pass it on: what follows that
    /// URL, from the host's root.
    /// </summary>
    public async Task<HttpResponseMessage> GetAsync(Uri link)
    {
        ArgumentNullException.ThrowIfNull(link);
        Assert.StartsWith(PublicBaseUrl, link.AbsoluteUri, StringComparison.Ordinal);
        using var client = App.CreateClient();
        return await client.GetAsync(new Uri("/" + link.AbsoluteUri[PublicBaseUrl.Length..], UriKind.Relative));
    }

    public Task<HttpResponseMessage> GetAsync(string pathAndQuery) => GetAsync(new Uri(new Uri(PublicBaseUrl), pathAndQuery));

    private async Task SeedAsync(IServiceProvider services)
    {
        var programmes = services.GetRequiredService<ProgrammeStore>();
        var participants = services.GetRequiredService<ParticipantStore>();
        var pairs = services.GetRequiredService<PairStore>();
        var checkIns = services.GetRequiredService<CheckInStore>();
        var today = DateOnly.FromDateTime(Start.UtcDateTime);

        Data = new Programme
        {
            Id = "p-data",
            Name = "Données & mentoring, 2027",
            TenantId = Tenant,
            Leads = [Lead],
            StartDate = today.AddDays(-60),
            EndDate = today.AddDays(120),
            MeetingLength = MeetingLength.FortyFiveMinutes,
            MinAnswers = 2,
        };
        Other = new Programme
        {
            Id = "p-other",
            Name = "Other",
            TenantId = Tenant,
            Leads = [Lead, SecondLead],
            StartDate = today.AddDays(-60),
            EndDate = today.AddDays(120),
        };
        await programmes.SaveAsync(Data, null, default);
        await programmes.SaveAsync(Other, null, default);

        RunningMentee = Person(Data, FormulaName, Role.Mentee) with { Goals = ["Speak up in meetings"] };
        RunningMentor = Person(Data, TrickyName, Role.Mentor) with { Goals = ["Grow as a leader"] };
        var endedMentee = Person(Data, PlusName, Role.Mentee);
        var leftMentor = Person(Data, MinusName, Role.Mentor) with { Status = ParticipantStatus.Left };
        var pausedMentee = Person(Data, AtName, Role.Mentee) with { Status = ParticipantStatus.Paused, PausedUntil = today.AddDays(30) };
        var accentMentor = Person(Data, AccentName, Role.Mentor);
        var tabMentee = Person(Data, TabName, Role.Mentee);
        var returnMentee = Person(Data, ReturnName, Role.Mentee);
        foreach (var person in new[] { RunningMentee, RunningMentor, endedMentee, leftMentor, pausedMentee, accentMentor, tabMentee, returnMentee })
            await participants.SaveAsync(person, default);

        Running = PairOf(RunningMentee, RunningMentor, PairStatus.Active, Start.AddDays(-30));
        await pairs.SaveAsync(Running, null, default);
        await pairs.SaveAsync(PairOf(endedMentee, leftMentor, PairStatus.Ended, Start.AddDays(-40)) with { ClosedAt = Start.AddDays(-10) }, null, default);
        await pairs.SaveAsync(PairOf(pausedMentee, accentMentor, PairStatus.Proposed, Start.AddDays(-2)), null, default);
        await pairs.SaveAsync(PairOf(tabMentee, accentMentor, PairStatus.Offered, Start.AddDays(-1)), null, default);
        await pairs.SaveAsync(PairOf(returnMentee, RunningMentor, PairStatus.Declined, Start.AddDays(-50)) with { ClosedAt = Start.AddDays(-49), DeclineReason = "=not in the export" }, null, default);

        // The running pair: two periods in which both said they met (so two meetings), the mentee's goal achieved (both
        // reported goal progress), usefulness 4, 5 and 4, and the mentor's second check-in unanswered: 3 of 4 answered, by 2 people.
        var goal = GoalRef.For("Speak up in meetings");
        RunningCheckIns.Add(Sent(Running, RunningMentee, "2027-01-05", Start.AddDays(-20)).WithAnswer(new CheckInAnswer(Met.Yes, 4, [new GoalAnswer(goal.Id, GoalProgress.Some)], Blocker: "=private blocker"), Start.AddDays(-19)));
        RunningCheckIns.Add(Sent(Running, RunningMentor, "2027-01-05", Start.AddDays(-20)).WithAnswer(new CheckInAnswer(Met.Yes, 5, [new GoalAnswer(GoalRef.For("Grow as a leader").Id, GoalProgress.Some)]), Start.AddDays(-19)));
        RunningCheckIns.Add(Sent(Running, RunningMentee, "2027-01-19", Start.AddDays(-6)).WithAnswer(new CheckInAnswer(Met.Yes, 4, [new GoalAnswer(goal.Id, GoalProgress.Achieved)]), Start.AddDays(-5)));
        RunningCheckIns.Add(Sent(Running, RunningMentor, "2027-01-19", Start.AddDays(-6)));
        foreach (var checkIn in RunningCheckIns)
            Assert.True(await checkIns.TryCreateAsync(checkIn, default));

        // "Other": one pair, one answer; below its MinAnswers (5), so its answer figures stay empty.
        var otherMentee = Person(Other, "Ada", Role.Mentee);
        var otherMentor = Person(Other, "Grace", Role.Mentor);
        await participants.SaveAsync(otherMentee, default);
        await participants.SaveAsync(otherMentor, default);
        var otherPair = PairOf(otherMentee, otherMentor, PairStatus.Active, Start.AddDays(-20));
        await pairs.SaveAsync(otherPair, null, default);
        Assert.True(await checkIns.TryCreateAsync(Sent(otherPair, otherMentee, "2027-01-19", Start.AddDays(-6)).WithAnswer(new CheckInAnswer(Met.Yes, 3, []), Start.AddDays(-5)), default));
    }

    private static Participant Person(Programme programme, string name, Role role) => new()
    {
        TenantId = Tenant,
        UserObjectId = Guid.NewGuid().ToString(),
        ProgrammeId = programme.Id,
        Role = role,
        DisplayName = name,
        Capacity = role == Role.Mentor ? 2 : null,
        JoinedAt = Start.AddDays(-60),
    };

    private static Pair PairOf(Participant mentee, Participant mentor, PairStatus status, DateTimeOffset at) =>
        SeededPairs.In(mentee.ProgrammeId, (mentee.TenantId, mentee.UserObjectId), (mentor.TenantId, mentor.UserObjectId), status, at);

    private static CheckIn Sent(Pair pair, Participant person, string period, DateTimeOffset at) =>
        CheckIn.For(pair, person, period, CheckInTrigger.Every, at, at, asksFit: false);
}
