using MentorBot.Dialogs.Conversations;
using Xunit.Abstractions;

namespace MentorBot.Tests.Fuzzing;

/// <summary>
/// At least 10,000 generated activities (text commands, card submissions and Action.Execute invokes for every verb
/// registered in DI, other activity types, broken envelopes), from members, strangers, another organisation and
/// people without identity, posted to the real host's /api/messages. Each test judges one side of the same run; every
/// message names the seed (<see cref="FuzzSeed"/>), so a failure is replayed with <c>MENTORBOT_FUZZ_SEED</c>.
/// </summary>
public sealed class FuzzingTests : IClassFixture<FuzzRun>
{
    private const int MinimumActivities = 10_000;
    private const int Shown = 5;

    private readonly FuzzRun _run;

    public FuzzingTests(FuzzRun run, ITestOutputHelper output)
    {
        _run = run;
        output.WriteLine(run.Summary());
    }

    [Fact]
    public void NoActivity_IsAnsweredWithA5xx()
    {
        Assert.True(_run.ServerErrors.IsEmpty, $"{_run.Seed} {_run.ServerErrors.Count} activities got a 5xx or no answer:{Environment.NewLine}{string.Join(Environment.NewLine, _run.ServerErrors.Take(Shown))}");
    }

    [Fact]
    public void NoTurn_LogsAnErrorOrAnUnhandledException()
    {
        Assert.True(_run.TurnExceptions.IsEmpty, $"{_run.Seed} {_run.TurnExceptions.Count} in-process turns threw:{Environment.NewLine}{string.Join(Environment.NewLine, _run.TurnExceptions.Take(Shown))}");
        var errors = _run.ErrorLogs;
        Assert.True(
            errors.Count == 0,
            $"{_run.Seed} {errors.Count} error entries logged:{Environment.NewLine}" +
            string.Join(Environment.NewLine, errors.Take(Shown).Select(e => $"{e.Level} {e.Category}: {e.Message}{Environment.NewLine}{e.Exception}")) +
            $"{Environment.NewLine}Activities in flight when they were logged:{Environment.NewLine}{string.Join(Environment.NewLine, _run.InFlightAtAnError.Take(Shown))}");
    }

    [Fact]
    public void EveryStoredEntity_ReadsBack_AndLivePairsKeepTheirRules()
    {
        Assert.True(_run.AuditProblems.Count == 0, $"{_run.Seed} the store after the run:{Environment.NewLine}{string.Join(Environment.NewLine, _run.AuditProblems.Take(20))}");
    }

    [Fact]
    public void TheRun_PostsTenThousandActivities_CoveringEveryRegisteredVerbAndEveryCommand()
    {
        Assert.True(_run.Activities >= MinimumActivities, $"{_run.Seed} only {_run.Activities} activities: MENTORBOT_FUZZ_ACTIVITIES may raise the count, not lower it below {MinimumActivities} in CI");
        var posted = _run.Statuses.Values.Sum();
        Assert.True(posted == _run.Activities, $"{_run.Seed} {posted} of {_run.Activities} activities were answered");
        Assert.True(_run.SentOverHttp >= _run.Activities * _run.HttpPercent / 100, $"{_run.Seed} only {_run.SentOverHttp} activities went through /api/messages");
        var rare = _run.RegisteredVerbs.Concat(BotCommands.All.Select(c => c.Name)).Where(s => _run.Subjects.GetValueOrDefault(s) < 50).ToList();
        Assert.True(rare.Count == 0, $"{_run.Seed} verbs or commands aimed at fewer than 50 times: {string.Join(", ", rare.Select(s => $"{s} ({_run.Subjects.GetValueOrDefault(s)})"))}");
    }
}
