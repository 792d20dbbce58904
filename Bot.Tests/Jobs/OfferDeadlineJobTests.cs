using Hangfire;
using Hangfire.States;
using Hangfire.Storage.Monitoring;
using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Jobs;
using TeamsUser = MentorBot.Tests.Conversations.TeamsUser;
using MentorBot.Tests.Conversations.Matching;
using MentorBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace MentorBot.Tests.Jobs;

/// <summary>
/// An offer's deadline is a Hangfire delayed job in the real job storage (SQLite, the embedded default), due at
/// the pair's AnswerBy; run by the real Hangfire server it expires the offer and asks the next candidate, and run
/// after the mentor answered it changes nothing.
/// </summary>
public sealed class OfferDeadlineJobTests : IAsyncLifetime
{
    private readonly MatchingRig _rig = new(new Dictionary<string, string> { ["Jobs:RunServer"] = "true" });
    private TeamsUser _ada = null!, _maya = null!, _omar = null!;

    public async Task InitializeAsync()
    {
        await _rig.ProgrammeAsync(MatchingMode.Automatic);
        _ada = await _rig.PersonAsync("Ada", Role.Mentee, ["Data engineering"]);
        _maya = await _rig.PersonAsync("Maya", Role.Mentor, ["Data engineering"]);
        _omar = await _rig.PersonAsync("Omar", Role.Mentor, ["Negotiation"]);
        await _rig.MatchAsync();
    }

    public async Task DisposeAsync() => await _rig.DisposeAsync();

    [Fact]
    public async Task TheDeadlineJob_IsScheduledAtAnswerBy_AndRunningItExpiresTheOffer_AndAsksTheNextCandidate()
    {
        var pair = await _rig.PairAsync(_ada, _maya);
        var (jobId, job) = Assert.Single(ScheduledDeadlines());
        // The job carries an opaque token, which names nobody; the pair is found through our own table.
        var token = Assert.IsType<string>(job.Job.Args[0]);
        Assert.DoesNotContain(_ada.ObjectId, string.Join('|', job.Job.Args), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(_maya.ObjectId, string.Join('|', job.Job.Args), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(new OfferDeadline(_rig.Programme.Id, pair.Id), await Tokens.FindAsync(token, default));
        Assert.InRange((job.EnqueueAt - pair.AnswerBy!.Value.UtcDateTime).Duration(), TimeSpan.Zero, TimeSpan.FromSeconds(1));
        Assert.InRange(pair.AnswerBy.Value - pair.OfferedAt!.Value, TimeSpan.FromDays(3), TimeSpan.FromDays(3));

        // Due now instead of in three days: the server picks it up as it would at AnswerBy.
        Jobs.ChangeState(jobId, new EnqueuedState(), ScheduledState.StateName);

        // The job's last step is the offer to the next candidate: once Omar has it, the job is done.
        await Eventually.TrueAsync(() => Task.FromResult(_rig.Messenger.CardsTo(_omar.ObjectId).Count > 0), "the deadline job to offer Ada to Omar");
        Assert.Equal(PairStatus.Expired, (await _rig.PairAsync(_ada, _maya)).Status);
        Assert.Equal(PairStatus.Offered, (await _rig.PairAsync(_ada, _omar)).Status);
        Assert.Single(_rig.Messenger.CardsTo(_omar.ObjectId));
        Assert.Contains("did not answer the offer to mentor Ada", Assert.Single(_rig.Messenger.TextsTo(_rig.Lead.ObjectId)));
        await Eventually.TrueAsync(async () => await Tokens.FindAsync(token, default) is null, "the job to redeem its token");
    }

    [Fact]
    public async Task TheDeadlineJob_ChangesNothing_WhenItsPeopleErasedTheirData()
    {
        var (jobId, _) = Assert.Single(ScheduledDeadlines());
        Assert.Equal(1, await Tokens.EraseAsync(_ada.TenantId, _ada.ObjectId, default));

        Jobs.ChangeState(jobId, new EnqueuedState(), ScheduledState.StateName);

        await Eventually.TrueAsync(() => Task.FromResult(StateOf(jobId) == SucceededState.StateName), "the deadline job to run");
        Assert.Equal(PairStatus.Offered, (await _rig.PairAsync(_ada, _maya)).Status);
        Assert.Empty(_rig.Messenger.To(_omar.ObjectId));
    }

    [Fact]
    public async Task TheDeadlineJob_ChangesNothing_WhenTheMentorAnsweredFirst()
    {
        await _rig.PressAsync(_maya, Assert.Single(_rig.Messenger.CardsTo(_maya.ObjectId)), "Accept");
        var (jobId, _) = Assert.Single(ScheduledDeadlines());

        Jobs.ChangeState(jobId, new EnqueuedState(), ScheduledState.StateName);

        await Eventually.TrueAsync(() => Task.FromResult(StateOf(jobId) == SucceededState.StateName), "the deadline job to run");
        Assert.Equal(PairStatus.Active, (await _rig.PairAsync(_ada, _maya)).Status);
        Assert.Empty(_rig.Messenger.To(_omar.ObjectId));
        Assert.Empty(_rig.Messenger.TextsTo(_rig.Lead.ObjectId));
    }

    private OfferDeadlineTokens Tokens => _rig.Bot.Services.GetRequiredService<OfferDeadlineTokens>();

    private JobStorage Storage => _rig.Bot.Services.GetRequiredService<JobStorage>();

    private string? StateOf(string jobId)
    {
        using var connection = Storage.GetConnection();
        return connection.GetStateData(jobId)?.Name;
    }

    private IBackgroundJobClient Jobs => _rig.Bot.Services.GetRequiredService<IBackgroundJobClient>();

    private List<(string Id, ScheduledJobDto Job)> ScheduledDeadlines() =>
        [.. Storage.GetMonitoringApi().ScheduledJobs(0, 100)
            .Where(j => j.Value.Job?.Type == typeof(OfferDeadlineJob))
            .Select(j => (j.Key, j.Value))];
}
