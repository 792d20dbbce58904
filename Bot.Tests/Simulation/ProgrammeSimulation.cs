using MentorBot.Dialogs.Abstractions.Messaging;
using MentorBot.Dialogs.Conversations.CheckIns;
using MentorBot.Dialogs.Conversations.Digests;
using MentorBot.Dialogs.Conversations.Nudges;
using MentorBot.Dialogs.Conversations.Surveys;
using MentorBot.Dialogs.Domain.CheckIns;
using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Domain.Surveys;
using MentorBot.Dialogs.Stores;
using MentorBot.Tests.Conversations;
using MentorBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace MentorBot.Tests.Simulation;

/// <summary>
/// A programme lived through on a fake clock: the real app's services over its real SQLite entity store, a recording
/// messenger, and a loop that moves the clock a job interval at a time, lets the people act (book, pause, answer)
/// and then runs the check-in, nudge and survey dispatches as the recurring jobs would, and the digest dispatch when
/// <see cref="RunsDigests"/> (not while <see cref="DigestsDown"/> says its host is down).
/// </summary>
public sealed class ProgrammeSimulation : IAsyncDisposable
{
    public static readonly TimeSpan JobInterval = TimeSpan.FromMinutes(15);

    private readonly MentorBotApp _app;

    /// <param name="start">The fake clock's first instant.</param>
    /// <param name="replace">More services to replace (a fake of one of our ports), after the clock and the messenger.</param>
    public ProgrammeSimulation(DateTimeOffset start, Action<IServiceCollection>? replace = null)
    {
        Clock = new FakeTimeProvider(start);
        Messenger = new RecordingMessenger(Clock);
        _app = new MentorBotApp(services: services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<IMessenger>(Messenger);
            replace?.Invoke(services);
        });
        Programme = new Programme
        {
            Id = "p-sim",
            Name = "Simulated programme",
            TenantId = SimulatedPeople.Tenant,
            Leads = ["lead"],
            StartDate = DateOnly.FromDateTime(start.UtcDateTime),
            EndDate = DateOnly.FromDateTime(start.UtcDateTime.AddMonths(3)),
            CheckInEveryDays = 14,
        };
    }

    public FakeTimeProvider Clock { get; }

    public RecordingMessenger Messenger { get; }

    public Programme Programme { get; }

    /// <summary>Whether the digest job runs too (off for the runs that count every message sent).</summary>
    public bool RunsDigests { get; init; }

    /// <summary>When the digest job does not run (its host is down); the other jobs run regardless.</summary>
    public Func<DateTimeOffset, bool> DigestsDown { get; init; } = _ => false;

    public List<SimulatedPair> Pairs { get; } = [];

    public T Service<T>()
        where T : notnull => _app.Services.GetRequiredService<T>();

    public async Task SeedAsync(int pairs)
    {
        await Service<ProgrammeStore>().SaveAsync(Programme, null, CancellationToken.None);
        var behaviours = Enum.GetValues<PairBehaviour>();
        for (var i = 0; i < pairs; i++)
        {
            var mentee = SimulatedPeople.Person(Programme.Id, $"mentee-{i}", Role.Mentee, i);
            var mentor = SimulatedPeople.Person(Programme.Id, $"mentor-{i}", Role.Mentor, i + 1);
            var started = Clock.GetUtcNow().AddDays(-(i % 7)).AddMinutes(-37 * i);
            var pair = new SimulatedPair(i, behaviours[i % behaviours.Length], mentee, mentor, started);
            Pairs.Add(pair);
            await Service<ParticipantStore>().SaveAsync(mentee, CancellationToken.None);
            await Service<ParticipantStore>().SaveAsync(mentor, CancellationToken.None);
            await Service<PairStore>().SaveAsync(new Pair
            {
                Id = pair.Id,
                ProgrammeId = Programme.Id,
                MenteeTenantId = mentee.TenantId,
                MenteeId = mentee.UserObjectId,
                MentorTenantId = mentor.TenantId,
                MentorId = mentor.UserObjectId,
                Status = PairStatus.Active,
                ProposedAt = started,
                AcceptedAt = started,
                NextMeeting = pair.MeetingAt(Clock.GetUtcNow()),
            }, null, CancellationToken.None);
        }
    }

    /// <summary>Moves the clock one job interval, lets people act, then runs the jobs.</summary>
    public async Task StepAsync()
    {
        Clock.Advance(JobInterval);
        await new SimulatedActions(this).ApplyAsync(Clock.GetUtcNow());
        await RunJobsAsync();
    }

    public async Task RunJobsAsync()
    {
        await Service<CheckInDispatch>().RunAsync(CancellationToken.None);
        await Service<NudgeDispatch>().RunAsync(CancellationToken.None);
        await Service<SurveyDispatch>().RunAsync(CancellationToken.None);
        if (RunsDigests && !DigestsDown(Clock.GetUtcNow()))
            await Service<DigestDispatch>().RunAsync(CancellationToken.None);
    }

    /// <summary>What was delivered of one kind of message ("checkin", "nudge", "reminder", "escalation", …), by its key's first part.</summary>
    public IReadOnlyList<(OutgoingMessage Message, DateTimeOffset At)> Delivered(string kind) =>
        [.. Messenger.Deliveries.Where(d => d.Message.Key.Value.StartsWith(kind + ":", StringComparison.Ordinal))];

    public Task<IReadOnlyList<Survey>> SurveysAsync() => Service<SurveyStore>().InProgrammeAsync(Programme.Id, CancellationToken.None);

    public Task<IReadOnlyList<CheckIn>> CheckInsAsync() => Service<CheckInStore>().InProgrammeAsync(Programme.Id, CancellationToken.None);

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
