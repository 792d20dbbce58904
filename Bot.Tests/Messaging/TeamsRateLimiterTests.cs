using MentorBot.Messaging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace MentorBot.Tests.Messaging;

/// <summary>Teams' published limits, enforced on a fake clock: every window of a conversation and of its tenant.</summary>
public sealed class TeamsRateLimiterTests
{
    private const string Tenant = "tenant-a";
    private const string Conversation = "a:conversation-1";

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 3, 31, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Conversation_TakesSevenInOneSecond_ThenWaitsForTheSecondToPass()
    {
        var limiter = Limiter();

        for (var i = 0; i < 7; i++)
            Assert.Equal(TimeSpan.Zero, limiter.TryAcquire(Tenant, Conversation));

        Assert.Equal(TimeSpan.FromSeconds(1), limiter.TryAcquire(Tenant, Conversation));
        _time.Advance(TimeSpan.FromMilliseconds(999));
        Assert.Equal(TimeSpan.FromMilliseconds(1), limiter.TryAcquire(Tenant, Conversation));
        _time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(TimeSpan.Zero, limiter.TryAcquire(Tenant, Conversation));
    }

    [Fact]
    public void Conversation_TakesEightInTwoSeconds_EvenWhenEachSecondHasRoom()
    {
        var limiter = Limiter();
        for (var i = 0; i < 7; i++)
            limiter.TryAcquire(Tenant, Conversation);
        _time.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(TimeSpan.Zero, limiter.TryAcquire(Tenant, Conversation));

        // The 1 s window holds one request, but the 2 s window holds eight: wait until the first seven leave it.
        Assert.Equal(TimeSpan.FromSeconds(1), limiter.TryAcquire(Tenant, Conversation));
    }

    [Fact]
    public void Conversation_TakesSixtyInThirtySeconds_AtAPaceTheShortWindowsAllow()
    {
        var limiter = Limiter();
        var start = _time.GetUtcNow();

        // Three a second stays inside 7/1 s and 8/2 s, so only the 60/30 s window can stop the 61st.
        for (var i = 0; i < 60; i++)
        {
            Assert.Equal(TimeSpan.Zero, limiter.TryAcquire(Tenant, Conversation));
            _time.Advance(TimeSpan.FromMilliseconds(333));
        }

        Assert.Equal(start + TimeSpan.FromSeconds(30) - _time.GetUtcNow(), limiter.TryAcquire(Tenant, Conversation));
    }

    [Fact]
    public void Conversation_TakesEighteenHundredInAnHour()
    {
        var limiter = Limiter();
        var start = _time.GetUtcNow();

        // One every 0.6 s: 50 per 30 s, under every shorter window.
        for (var i = 0; i < 1800; i++)
        {
            Assert.Equal(TimeSpan.Zero, limiter.TryAcquire(Tenant, Conversation));
            _time.Advance(TimeSpan.FromMilliseconds(600));
        }

        Assert.Equal(start + TimeSpan.FromHours(1) - _time.GetUtcNow(), limiter.TryAcquire(Tenant, Conversation));
    }

    [Fact]
    public void Conversations_AreLimitedSeparately()
    {
        var limiter = Limiter();
        for (var i = 0; i < 7; i++)
            limiter.TryAcquire(Tenant, Conversation);

        Assert.NotEqual(TimeSpan.Zero, limiter.TryAcquire(Tenant, Conversation));
        Assert.Equal(TimeSpan.Zero, limiter.TryAcquire(Tenant, "a:conversation-2"));
    }

    [Fact]
    public void Tenant_TakesFiftyPerSecond_AcrossItsConversations_WithoutSlowingOtherTenants()
    {
        var limiter = Limiter();
        for (var i = 0; i < 50; i++)
            Assert.Equal(TimeSpan.Zero, limiter.TryAcquire(Tenant, $"a:c{i}"));

        Assert.Equal(TimeSpan.FromSeconds(1), limiter.TryAcquire(Tenant, "a:c50"));
        Assert.Equal(TimeSpan.Zero, limiter.TryAcquire("tenant-b", "a:c50"));
    }

    [Fact]
    public void ConfiguredWindows_ReplaceTeamsDefaults()
    {
        var options = new MessagingOptions();
        options.PerConversation.Add(new RateWindow(TimeSpan.FromSeconds(10), 2));
        var limiter = Limiter(options);

        limiter.TryAcquire(Tenant, Conversation);
        limiter.TryAcquire(Tenant, Conversation);

        Assert.Equal(TimeSpan.FromSeconds(10), limiter.TryAcquire(Tenant, Conversation));
    }

    [Fact]
    public async Task AcquireAsync_WaitsOnTheClock_WhenTheSlotIsWithinTheLimit()
    {
        var limiter = Limiter();
        for (var i = 0; i < 7; i++)
            limiter.TryAcquire(Tenant, Conversation);

        var waiting = limiter.AcquireAsync(Tenant, Conversation, TimeSpan.FromSeconds(5), CancellationToken.None);
        Assert.False(waiting.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(1));

        Assert.Null(await waiting);
    }

    [Fact]
    public async Task AcquireAsync_ReturnsWhenTheSlotFrees_WhenThatIsBeyondTheLimit()
    {
        var limiter = Limiter();
        for (var i = 0; i < 7; i++)
            limiter.TryAcquire(Tenant, Conversation);

        var freeAt = await limiter.AcquireAsync(Tenant, Conversation, TimeSpan.FromMilliseconds(500), CancellationToken.None);

        Assert.Equal(_time.GetUtcNow() + TimeSpan.FromSeconds(1), freeAt);
    }

    private TeamsRateLimiter Limiter(MessagingOptions? options = null)
    {
        options ??= new MessagingOptions();
        options.ApplyTeamsDefaults();
        return new TeamsRateLimiter(Options.Create(options), _time);
    }
}
