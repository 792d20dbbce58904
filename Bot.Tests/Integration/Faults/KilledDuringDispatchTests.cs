using Hangfire.States;
using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Conversations.Nudges;
using MentorBot.Jobs;
using MentorBot.Messaging;
using MentorBot.Tests.EndToEnd;
using MentorBot.Tests.Infrastructure;
using Microsoft.Bot.Schema;

namespace MentorBot.Tests.Integration.Faults;

/// <summary>
/// The real bot process (`dotnet MentorBot.dll`, SQLite storage and SQLite Hangfire in its data folder) is SIGKILLed
/// while its recurring check-in or nudge dispatch is part-way through 40 messages: some delivered and recorded, the
/// next ones on their way to the connector, the rest not yet recorded. A new process on the same data folder resumes:
/// its run at start sends what was never recorded or never claimed and hands back what was, the outbox job takes over
/// the sends the dead process had claimed once their lease runs out, and the interrupted Hangfire job, run again (as
/// Hangfire does once its invisibility timeout passes), sends nothing. Each message arrives exactly once, and nothing
/// stored is left waiting.
/// </summary>
/// <remarks>
/// The kill point is made exact by the connector: the first sends are answered, and the test waits until the bot has
/// recorded them; every later send is held open, and the test kills the bot while they are held. A held request the
/// connector never answered counts as not delivered: the connection died before Teams accepted the message, so sending
/// it again is right. The other case, a message Teams accepted whose acceptance the dead process had not recorded yet,
/// cannot be told apart from this one by the bot (the Bot Connector takes no idempotency key), and the bot sends it
/// again rather than risk losing it: a duplicate bounded by the sends in flight, which Bot.Benchmarks/FanOut measures
/// (SIGKILL half-way through 10,000 nudges). This test proves that everything else is delivered exactly once.
/// </remarks>
public sealed class KilledDuringDispatchTests
{
    private const int PairCount = 20;
    private const int MessageCount = 2 * PairCount;

    // Hangfire's own "never" (Cron.Never()): the 31st of February. Every job runs only when started or triggered.
    private const string Never = "0 0 31 2 *";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan KillTimeout = TimeSpan.FromSeconds(10);

    // One attempt per send, so the longest send, and the claim lease that must exceed it, stay short enough to wait
    // out; the attempt timeout is long enough that the held sends are still in flight when the process is killed.
    private static readonly TimeSpan ClaimLease = TimeSpan.FromSeconds(12);

    /// <summary>Which recurring dispatch is running when the process dies.</summary>
    public enum Dispatch
    {
        CheckIns,
        Nudges,
    }

    [Theory]
    [InlineData(Dispatch.Nudges, 12, false)]
    [InlineData(Dispatch.Nudges, 0, true)]
    [InlineData(Dispatch.CheckIns, 12, false)]
    public async Task BotProcessKilledMidDispatch_TheNextProcessResumes_DeliveringEachMessageOnce(Dispatch dispatch, int deliveredBeforeKill, bool restartAfterLease)
    {
        var data = Directory.CreateTempSubdirectory("mentorbot-killed-");
        BotProcess? bot = null;
        try
        {
            await using var connector = await LoopbackConnector.StartAsync();
            var world = await QuietProgramme.SeedAsync(data.FullName, PairCount, connector.ServiceUrl);
            var gate = connector.HoldSendsAfter(deliveredBeforeKill);
            var recurringJobId = dispatch == Dispatch.CheckIns ? CheckInDispatchJob.RecurringJobId : NudgeDispatchJob.RecurringJobId;

            // The first process runs the dispatch at start: the first sends are answered, then every worker's send is held.
            bot = await BotProcess.StartAsync(data.FullName, StartTimeout, settings: Settings(dispatch));
            using var jobs = new JobsFile(data.FullName);
            var inFlight = dispatch == Dispatch.CheckIns ? 1 : NudgeDispatch.PairsAtOnce;
            await Eventually.TrueAsync(() => Task.FromResult(gate.Held == inFlight), $"{inFlight} send(s) held in flight");
            await Eventually.TrueAsync(async () => (await world.OutboxAsync()).Count(e => e.State == OutboxState.Sent) == deliveredBeforeKill, $"{deliveredBeforeKill} deliveries recorded");
            var interrupted = jobs.LastJobOf(recurringJobId);
            Assert.NotNull(interrupted);
            Assert.Equal(ProcessingState.StateName, jobs.StateOf(interrupted));

            await bot.KillAsync(KillTimeout);
            await Eventually.TrueAsync(() => Task.FromResult(gate.Aborted == inFlight), "every held send to die with the process's connections");
            Assert.Equal(deliveredBeforeKill, NewActivities(connector).Count);
            var claimed = (await world.OutboxAsync()).Where(e => e.State == OutboxState.Sending).ToList();
            Assert.Equal(inFlight, claimed.Count);
            gate.Open();

            // Two moments no hold can stop the bot at, each reproduced in the store as a kill there leaves it: one message
            // recorded but its key not claimed yet (a kill just before the send), and one delivered message whose
            // record still awaits sending (a kill just after the outbox recorded the delivery).
            // (A single send in flight stays claimed: taking over a dead process's claim is what that case is about.)
            var checkIns = dispatch == Dispatch.CheckIns;
            if (claimed.Count > 1)
            {
                await world.ForgetClaimAsync(claimed[0]);
                claimed = claimed[1..];
            }

            if (connector.Requests.FirstOrDefault(r => r.Accepted && r.IsNewActivity) is { } delivered)
                await world.MarkAwaitingAsync(checkIns, world.People.Single(p => p.ConversationId == delivered.ConversationId).ObjectId);

            // The second process, on the same data folder, runs the dispatch at start: at once, or once the dead
            // process's claims have lapsed (a restart that took longer than the lease).
            await bot.DisposeAsync();
            bot = null;
            var lapsed = claimed.Max(e => e.ClaimedUntil!.Value);
            if (restartAfterLease)
                await LapseAsync(lapsed);
            bot = await BotProcess.StartAsync(data.FullName, StartTimeout, settings: Settings(dispatch));
            var resumed = await Eventually.ValueAsync(() => Task.FromResult(jobs.LastJobOf(recurringJobId) is { } id && id != interrupted ? id : null), "the dispatch's run at start");
            await jobs.WaitForStateAsync(resumed, SucceededState.StateName, "the resumed dispatch");

            // Everyone whose message the dead process had not claimed has it now. What it had claimed waits out the
            // claim's lease (for all another process knows, it is still sending); then whichever comes first takes each
            // over, once: this run, if it started after the lease, or the outbox job.
            var claimedFor = claimed.Select(e => e.Address).ToHashSet(StringComparer.Ordinal);
            Assert.All(world.People.Where(p => !claimedFor.Contains(p.ObjectId)), p => Assert.Single(connector.ActivitiesIn(p.ConversationId)));
            if (restartAfterLease)
                Assert.Equal(MessageCount, NewActivities(connector).Count);
            await LapseAsync(lapsed);
            var retry = jobs.Trigger(OutboxRetryJob.RecurringJobId);
            await jobs.WaitForStateAsync(retry, SucceededState.StateName, "the outbox retry");

            // The interrupted job is still Processing on a server that is gone; Hangfire runs it again once its
            // invisibility timeout (30 minutes on SQLite) passes. Run it now: it must find nothing left to send.
            Assert.Equal(ProcessingState.StateName, jobs.StateOf(interrupted));
            jobs.Requeue(interrupted);
            await jobs.WaitForStateAsync(interrupted, SucceededState.StateName, "the interrupted dispatch, run again");

            // Every person has exactly one message, the right one; no other conversation has any.
            var verb = dispatch == Dispatch.CheckIns ? CheckInCard.AnswerVerb : NudgeCard.SnoozeVerb;
            foreach (var person in world.People)
            {
                var received = Assert.Single(connector.ActivitiesIn(person.ConversationId));
                Assert.Contains(verb, CardReader.AdaptiveCard(received).ToString(), StringComparison.Ordinal);
            }

            Assert.Equal(MessageCount, NewActivities(connector).Count);

            // Nothing stored is left waiting: every record sent, every message delivered, the due index empty. The
            // messages in flight at the kill were delivered by a second claim, all others by their first.
            var records = await world.RecordsAsync(checkIns);
            Assert.Equal(world.People.Select(p => p.ObjectId).Order(StringComparer.Ordinal), records.Select(r => r.UserObjectId).Order(StringComparer.Ordinal));
            Assert.DoesNotContain(records, r => r.AwaitsSending);
            var outbox = await world.OutboxAsync();
            Assert.Equal(MessageCount, outbox.Count);
            Assert.All(outbox, e => Assert.Equal(OutboxState.Sent, e.State));
            Assert.Equal(claimed.Select(e => e.Key).Order(StringComparer.Ordinal), outbox.Where(e => e.Deliveries == 2).Select(e => e.Key).Order(StringComparer.Ordinal));
            Assert.All(outbox.Where(e => e.Deliveries != 2), e => Assert.Equal(1, e.Deliveries));
            Assert.Empty(await world.DueAsync());
            Assert.Equal(0, jobs.Failed);
        }
        finally
        {
            if (bot is not null)
                await bot.DisposeAsync();
            EndToEndTools.DeleteQuietly(data);
        }
    }

    private static Task LapseAsync(DateTimeOffset lapsed) =>
        Eventually.TrueAsync(() => Task.FromResult(TimeProvider.System.GetUtcNow() > lapsed), "the dead process's claims to lapse", ClaimLease * 2);

    private static List<Activity> NewActivities(LoopbackConnector connector) =>
        [.. connector.Requests.Where(r => r.Accepted && r.IsNewActivity).Select(r => r.Activity!)];

    private static Dictionary<string, string> Settings(Dispatch dispatch)
    {
        var settings = new Dictionary<string, string>
        {
            // A triggered job starts within a poll.
            ["Jobs:QueuePollInterval"] = "00:00:00.200",
            ["Messaging:MaxAttempts"] = "1",
            ["Messaging:MaxThrottleWait"] = "00:00:01",
            ["Messaging:AttemptTimeout"] = "00:00:10",
            ["Messaging:ClaimLease"] = ClaimLease.ToString("c"),
        };
        foreach (var (name, _) in new RecurringJobsOptions().All())
            settings[$"Jobs:Recurring:{name}:Cron"] = Never;

        // As after a deploy or a crash: the dispatch runs as soon as the process starts.
        var job = dispatch == Dispatch.CheckIns ? nameof(RecurringJobsOptions.CheckInDispatch) : nameof(RecurringJobsOptions.NudgeDispatch);
        settings[$"Jobs:Recurring:{job}:RunAtStart"] = "true";
        return settings;
    }
}
