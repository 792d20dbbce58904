using System.Net;
using Hangfire;
using Hangfire.States;
using Hangfire.Storage;
using MentorBot.Dialogs.Abstractions.Messaging;
using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Localization;
using MentorBot.Jobs;
using MentorBot.Messaging;
using MentorBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace MentorBot.Tests.Integration;

/// <summary>
/// The messenger in the running host, sending through the real CloudAdapter and ConnectorClient to the loopback
/// connector, which fails on demand. "Proactive requests" are those made after the user installed the bot.
/// Retry delays are milliseconds here (see MentorBotApp); MaxAttempts is 3.
/// </summary>
public sealed class ProactiveMessagingTests(ProactiveMessagingTests.HostWithJobs host) : IClassFixture<ProactiveMessagingTests.HostWithJobs>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan JobTimeout = TimeSpan.FromSeconds(40);

    private IMessenger Messenger => host.App.Services.GetRequiredService<IMessenger>();

    [Fact]
    public async Task SameKeySentTwice_ReachesTheConnectorOnce_AsANewMessage()
    {
        var (user, baseline) = await InstalledUserAsync();
        var message = Nudge(user);

        var first = await Messenger.SendAsync(message, CancellationToken.None);
        var second = await Messenger.SendAsync(message, CancellationToken.None);

        Assert.Equal(SendOutcome.Sent, first.Outcome);
        Assert.Equal(SendOutcome.AlreadySent, second.Outcome);
        var request = Assert.Single(ProactiveRequests(user, baseline));
        Assert.True(request.Accepted);
        Assert.Equal("Time for your weekly check-in", request.Activity!.Text);

        // A new message in the chat, not a reply to the continuation event's made-up id.
        Assert.EndsWith("/activities", request.Path, StringComparison.Ordinal);
        Assert.Null(request.Activity.ReplyToId);
    }

    [Fact]
    public async Task SameKeySentConcurrently_ReachesTheConnectorOnce()
    {
        var (user, baseline) = await InstalledUserAsync();
        var message = Nudge(user);

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => Messenger.SendAsync(message, CancellationToken.None))));

        Assert.Single(results, r => r.Outcome == SendOutcome.Sent);
        Assert.All(results, r => Assert.Contains(r.Outcome, new[] { SendOutcome.Sent, SendOutcome.AlreadySent, SendOutcome.InProgress }));
        Assert.Single(ProactiveRequests(user, baseline));
    }

    [Fact]
    public async Task Card_IsSentAsAnAdaptiveCardAttachment()
    {
        var (user, baseline) = await InstalledUserAsync();
        var card = HelpCard.Build(new Localizer("en-US"), Dialogs.Conversations.BotCommands.All);

        var result = await Messenger.SendAsync(new OutgoingMessage(user.TenantId, user.ObjectId, new IdempotencyKey($"help-card:{user.ObjectId}"), card: card), CancellationToken.None);

        Assert.Equal(SendOutcome.Sent, result.Outcome);
        var sent = CardReader.AdaptiveCard(Assert.Single(ProactiveRequests(user, baseline)).Activity!);
        Assert.Equal("Here is what I can do", CardReader.Texts(sent)[0]);
    }

    [Fact]
    public async Task TooManyRequestsWithRetryAfter_IsRetriedAfterThatDelay_AndArrivesOnce()
    {
        var (user, baseline) = await InstalledUserAsync();
        host.Connector.FailNext(user.ConversationId, ScriptedFailure.TooManyRequests(retryAfter: "1"));

        var result = await Messenger.SendAsync(Nudge(user), CancellationToken.None);

        Assert.Equal(SendOutcome.Sent, result.Outcome);
        var requests = ProactiveRequests(user, baseline);
        Assert.Equal([429, 200], requests.Select(r => r.Status));
        Assert.True(requests[1].ReceivedAt - requests[0].ReceivedAt >= TimeSpan.FromMilliseconds(950), $"The retry came {(requests[1].ReceivedAt - requests[0].ReceivedAt).TotalMilliseconds} ms after the 429, before its Retry-After of 1 s.");
        Assert.Single(host.Connector.ActivitiesIn(user.ConversationId), a => a.Text == "Time for your weekly check-in");
    }

    [Fact]
    public async Task TooManyRequestsWithoutRetryAfter_IsRetriedWithBackoff_AndArrivesOnce()
    {
        var (user, baseline) = await InstalledUserAsync();
        host.Connector.FailNext(user.ConversationId, ScriptedFailure.TooManyRequests(), ScriptedFailure.TooManyRequests());

        var result = await Messenger.SendAsync(Nudge(user), CancellationToken.None);

        Assert.Equal(SendOutcome.Sent, result.Outcome);
        Assert.Equal([429, 429, 200], ProactiveRequests(user, baseline).Select(r => r.Status));
    }

    [Theory]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.PreconditionFailed)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task TransientFailures_AreRetried_WithoutMultiplyingAttempts(HttpStatusCode status)
    {
        var (user, baseline) = await InstalledUserAsync();
        host.Connector.FailNext(user.ConversationId, new ScriptedFailure(status), new ScriptedFailure(status));

        var result = await Messenger.SendAsync(Nudge(user), CancellationToken.None);

        // Two failures and one success: three requests, so neither the SDK nor HttpClient retried underneath.
        Assert.Equal(SendOutcome.Sent, result.Outcome);
        Assert.Equal([(int)status, (int)status, 200], ProactiveRequests(user, baseline).Select(r => r.Status));
    }

    [Fact]
    public async Task MessageWritesBlocked_MarksTheUserUnreachable_AndIsNotRetried()
    {
        var (user, baseline) = await InstalledUserAsync();
        host.Connector.FailNext(user.ConversationId, ScriptedFailure.MessageWritesBlocked());

        var result = await Messenger.SendAsync(Nudge(user), CancellationToken.None);
        var later = await Messenger.SendAsync(Nudge(user, period: "2025-W15"), CancellationToken.None);
        await RunOutboxJobAsync();

        Assert.Equal(SendOutcome.Unreachable, result.Outcome);
        Assert.Equal(SendOutcome.Unreachable, later.Outcome);
        Assert.Equal([403], ProactiveRequests(user, baseline).Select(r => r.Status));
        var record = await host.App.Services.GetRequiredService<ConversationReferences>().GetAsync(user.TenantId, user.ObjectId, CancellationToken.None);
        Assert.NotNull(record!.UnreachableSince);
        var entry = await Ledger.GetAsync(user.TenantId, user.ObjectId, Nudge(user).Key, CancellationToken.None);
        Assert.Equal(OutboxState.Unreachable, entry!.State);
    }

    [Fact]
    public async Task UnreachableUser_IsReachableAgain_AfterWritingToTheBot()
    {
        var (user, baseline) = await InstalledUserAsync();
        host.Connector.FailNext(user.ConversationId, ScriptedFailure.MessageWritesBlocked());
        Assert.Equal(SendOutcome.Unreachable, (await Messenger.SendAsync(Nudge(user), CancellationToken.None)).Outcome);

        using (var response = await host.App.PostActivityAsync(TeamsActivities.Message(user, host.ServiceUrl, "help")))
            response.EnsureSuccessStatusCode();
        var retried = await Messenger.SendAsync(Nudge(user), CancellationToken.None);

        Assert.Equal(SendOutcome.Sent, retried.Outcome);
        Assert.Single(ProactiveRequests(user, baseline), r => r.Accepted && r.Activity?.Text == "Time for your weekly check-in");
    }

    [Fact]
    public async Task UserWhoNeverInstalledTheBot_HasNoConversationReference_AndNothingIsSent()
    {
        var stranger = TeamsUser.New(Guid.NewGuid().ToString());

        var result = await Messenger.SendAsync(Nudge(stranger), CancellationToken.None);

        Assert.Equal(SendOutcome.NoConversationReference, result.Outcome);
        Assert.Empty(host.Connector.RequestsIn(stranger.ConversationId));
    }

    [Fact]
    public async Task AMessageSentBeforeTheUserInstalledTheBot_IsDeliveredOnce_AfterTheyInstallIt()
    {
        var user = TeamsUser.New(Guid.NewGuid().ToString());
        Assert.Equal(SendOutcome.NoConversationReference, (await Messenger.SendAsync(Nudge(user), CancellationToken.None)).Outcome);

        using var response = await host.App.PostActivityAsync(TeamsActivities.InstallationAdded(user, host.ServiceUrl));
        response.EnsureSuccessStatusCode();
        await host.Connector.WaitForActivitiesAsync(user.ConversationId, 1, Timeout);
        Assert.Equal(OutboxState.Pending, (await Ledger.GetAsync(user.TenantId, user.ObjectId, Nudge(user).Key, CancellationToken.None))!.State);
        await RunOutboxJobAsync();
        await RunOutboxJobAsync();

        // The welcome first, then the message that waited for them: once, however often the job runs or it is asked again.
        Assert.Single(host.Connector.RequestsIn(user.ConversationId), r => r.Accepted && r.Activity?.Text == "Time for your weekly check-in");
        Assert.Equal(SendOutcome.AlreadySent, (await Messenger.SendAsync(Nudge(user), CancellationToken.None)).Outcome);
    }

    [Fact]
    public async Task AStaleMessageSentBeforeTheUserInstalledTheBot_StaysUndelivered()
    {
        var user = TeamsUser.New(Guid.NewGuid().ToString());
        Assert.Equal(SendOutcome.NoConversationReference, (await Messenger.SendAsync(Nudge(user), CancellationToken.None)).Outcome);
        var requeued = await host.App.Services.GetRequiredService<OutboxLedger>().RequeueUnaddressedAsync(user.TenantId, user.ObjectId, DateTimeOffset.UtcNow.AddMinutes(5), CancellationToken.None);

        Assert.Equal(0, requeued);
        Assert.Equal(OutboxState.NoConversationReference, (await Ledger.GetAsync(user.TenantId, user.ObjectId, Nudge(user).Key, CancellationToken.None))!.State);
    }

    [Fact]
    public async Task SendThatKeepsFailing_IsDeferred_ThenDeliveredOnceByTheOutboxJob()
    {
        var (user, baseline) = await InstalledUserAsync();
        host.Connector.FailNext(user.ConversationId, ScriptedFailure.ServiceUnavailable(), ScriptedFailure.ServiceUnavailable(), ScriptedFailure.ServiceUnavailable());

        var result = await Messenger.SendAsync(Nudge(user), CancellationToken.None);

        Assert.Equal(SendOutcome.Deferred, result.Outcome);
        Assert.NotNull(result.NextAttemptAt);
        Assert.Equal([503, 503, 503], ProactiveRequests(user, baseline).Select(r => r.Status));
        Assert.Equal(OutboxState.Pending, (await Ledger.GetAsync(user.TenantId, user.ObjectId, Nudge(user).Key, CancellationToken.None))!.State);

        // The job only takes messages that are due; a worker can pick the triggered run up within the 50 ms delay.
        await UntilAsync(result.NextAttemptAt!.Value);
        await RunOutboxJobAsync();
        Assert.Equal(OutboxState.Sent, (await Ledger.GetAsync(user.TenantId, user.ObjectId, Nudge(user).Key, CancellationToken.None))!.State);
        await RunOutboxJobAsync();

        Assert.Equal([503, 503, 503, 200], ProactiveRequests(user, baseline).Select(r => r.Status));
        Assert.Equal(SendOutcome.AlreadySent, (await Messenger.SendAsync(Nudge(user), CancellationToken.None)).Outcome);
    }

    [Fact]
    public void OutboxRetryJob_IsRegisteredAtStartUp_WithTheConfiguredSchedule()
    {
        using var connection = host.App.Services.GetRequiredService<JobStorage>().GetConnection();

        var job = Assert.Single(connection.GetRecurringJobs(), j => j.Id == OutboxRetryJob.RecurringJobId);

        Assert.Equal("* * * * *", job.Cron);
        Assert.Equal(typeof(OutboxRetryJob), job.Job.Type);
    }

    [Fact]
    public void OutboxPurgeJob_IsRegisteredAtStartUp_WithTheConfiguredSchedule()
    {
        using var connection = host.App.Services.GetRequiredService<JobStorage>().GetConnection();

        var job = Assert.Single(connection.GetRecurringJobs(), j => j.Id == OutboxPurgeJob.RecurringJobId);

        Assert.Equal("40 3 * * *", job.Cron);
        Assert.Equal(typeof(OutboxPurgeJob), job.Job.Type);
    }

    private OutboxLedger Ledger => host.App.Services.GetRequiredService<OutboxLedger>();

    private static OutgoingMessage Nudge(TeamsUser user, string period = "2025-W14") =>
        new(user.TenantId, user.ObjectId, IdempotencyKey.For("check-in-nudge", user.ObjectId, period), text: "Time for your weekly check-in");

    // Installs the bot for a new user (Teams then sends the welcome card) and returns how many requests that made.
    private async Task<(TeamsUser User, int Baseline)> InstalledUserAsync()
    {
        var user = TeamsUser.New(Guid.NewGuid().ToString());
        using var response = await host.App.PostActivityAsync(TeamsActivities.InstallationAdded(user, host.ServiceUrl));
        response.EnsureSuccessStatusCode();
        await host.Connector.WaitForActivitiesAsync(user.ConversationId, 1, Timeout);
        return (user, host.Connector.RequestsIn(user.ConversationId).Count);
    }

    private List<ConnectorRequest> ProactiveRequests(TeamsUser user, int baseline) => [.. host.Connector.RequestsIn(user.ConversationId).Skip(baseline)];

    private async Task UntilAsync(DateTimeOffset moment)
    {
        var clock = host.App.Services.GetRequiredService<TimeProvider>();
        await Eventually.TrueAsync(() => Task.FromResult(clock.GetUtcNow() > moment), $"the host's clock to pass {moment:O}", Timeout);
    }

    // Runs the recurring job now through Hangfire (the server in the host picks it up) and waits for that run to
    // succeed: waiting on the succeeded count instead could be satisfied by the minute's scheduled run, or an earlier
    // test's, while this one had not run yet.
    private async Task RunOutboxJobAsync()
    {
        var storage = host.App.Services.GetRequiredService<JobStorage>();
        var jobId = ((IRecurringJobManagerV2)host.App.Services.GetRequiredService<IRecurringJobManager>()).TriggerJob(OutboxRetryJob.RecurringJobId);
        Assert.NotNull(jobId);
        await Eventually.TrueAsync(
            () =>
            {
                using var connection = storage.GetConnection();
                return Task.FromResult(connection.GetJobData(jobId)?.State == SucceededState.StateName);
            },
            $"the triggered outbox retry job {jobId} to succeed",
            JobTimeout);
    }

    /// <summary>The host with its Hangfire server running, so the outbox job really runs through Hangfire.</summary>
    public sealed class HostWithJobs() : MentorBotHost(new Dictionary<string, string?> { ["Jobs:RunServer"] = "true" });
}
