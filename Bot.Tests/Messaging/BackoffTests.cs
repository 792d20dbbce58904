using MentorBot.Messaging;
using Microsoft.Extensions.Options;

namespace MentorBot.Tests.Messaging;

public sealed class BackoffTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 31, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void InCall_GrowsExponentially_WithJitterInTheUpperHalf_UpToTheCap()
    {
        var backoff = new Backoff(Options.Create(new MessagingOptions { BaseBackoff = TimeSpan.FromSeconds(1), MaxBackoff = TimeSpan.FromSeconds(8) }), new Random(7));

        var ceilings = new[] { 1, 2, 4, 8, 8, 8 };
        for (var attempt = 1; attempt <= ceilings.Length; attempt++)
        {
            var wait = backoff.InCall(attempt);
            Assert.InRange(wait, TimeSpan.FromSeconds(ceilings[attempt - 1] / 2.0), TimeSpan.FromSeconds(ceilings[attempt - 1]));
        }
    }

    [Fact]
    public void InCall_IsRepeatable_WithTheSameSeed_AndSpreadAcrossSenders()
    {
        var options = Options.Create(new MessagingOptions());

        var first = Enumerable.Range(0, 5).Select(_ => new Backoff(options, new Random(42)).InCall(3)).Distinct();
        var spread = new Backoff(options, new Random(42));

        Assert.Single(first);
        Assert.True(Enumerable.Range(0, 20).Select(_ => spread.InCall(3)).Distinct().Count() > 10, "Jitter should spread retries, not repeat one delay.");
    }

    [Fact]
    public void Outbox_UsesItsOwnDelays()
    {
        var options = new MessagingOptions();
        options.Outbox.FirstRetryDelay = TimeSpan.FromMinutes(1);
        options.Outbox.MaxRetryDelay = TimeSpan.FromMinutes(10);
        var backoff = new Backoff(Options.Create(options), new Random(1));

        Assert.InRange(backoff.Outbox(1), TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(1));
        Assert.InRange(backoff.Outbox(20), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(10));
    }

    [Theory]
    [InlineData("1", 1)]
    [InlineData(" 120 ", 120)]
    [InlineData("0", 0)]
    public void RetryAfter_InSeconds_IsRead(string header, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), Backoff.ParseRetryAfter(header, Now));

    [Fact]
    public void RetryAfter_AsAnHttpDate_IsTheTimeUntilThen() =>
        Assert.Equal(TimeSpan.FromSeconds(90), Backoff.ParseRetryAfter(Now.AddSeconds(90).ToString("r"), Now));

    [Fact]
    public void RetryAfter_InThePast_MeansNow() =>
        Assert.Equal(TimeSpan.Zero, Backoff.ParseRetryAfter("Mon, 31 Mar 2025 08:00:00 GMT", Now));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("soon")]
    [InlineData("-5")]
    public void RetryAfter_Unreadable_IsIgnored(string? header) => Assert.Null(Backoff.ParseRetryAfter(header, Now));
}
