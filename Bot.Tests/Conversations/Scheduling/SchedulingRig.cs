using MentorBot.Dialogs.Abstractions.Calendar;
using MentorBot.Dialogs.Abstractions.Messaging;
using Microsoft.Extensions.DependencyInjection;

namespace MentorBot.Tests.Conversations.Scheduling;

/// <summary>
/// The real app for scheduling tests, with fakes of our own calendar and messenger ports (what the bot asked the
/// calendar, what it sent proactively) and the <see cref="SchedulingScenario"/> that seeds the pair.
/// </summary>
public sealed class SchedulingRig : IAsyncLifetime
{
    public SchedulingRig(IDictionary<string, string>? settings = null)
    {
        Bot = new BotHarness(settings, services =>
        {
            services.AddSingleton<ICalendar>(Calendar);
            services.AddSingleton<IMessenger>(Messenger);
        });
        Scenario = new SchedulingScenario(Bot);
    }

    public ScriptedCalendar Calendar { get; } = new();

    public RecordingMessenger Messenger { get; } = new();

    public BotHarness Bot { get; }

    public SchedulingScenario Scenario { get; }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await Bot.DisposeAsync();
}
