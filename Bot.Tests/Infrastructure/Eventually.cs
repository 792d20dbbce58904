namespace MentorBot.Tests.Infrastructure;

/// <summary>Polls a condition until it holds or a deadline passes: the honest alternative to a fixed sleep.</summary>
public static class Eventually
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Returns the first non-null value <paramref name="probe"/> yields; fails the test with <paramref name="what"/> at the deadline.</summary>
    public static async Task<T> ValueAsync<T>(Func<Task<T?>> probe, string what, TimeSpan? timeout = null)
        where T : class
    {
        var deadline = DateTime.UtcNow + (timeout ?? DefaultTimeout);
        var delay = TimeSpan.FromMilliseconds(20);
        while (true)
        {
            var value = await probe();
            if (value is not null)
                return value;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Gave up after {(timeout ?? DefaultTimeout).TotalSeconds:0.#} s waiting for {what}.");
            await Task.Delay(delay);
            delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 2, 500));
        }
    }

    public static Task TrueAsync(Func<Task<bool>> condition, string what, TimeSpan? timeout = null) =>
        ValueAsync<object>(async () => await condition() ? true : null, what, timeout);
}
