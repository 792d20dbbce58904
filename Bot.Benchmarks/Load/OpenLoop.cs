using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace MentorBot.Benchmarks.Load;

/// <summary>
/// An open-loop load generator: request i is due at start + i / rate whatever happened to the earlier ones, and is
/// sent then without waiting for any response (each on its own task); a slow bot gets the same arrivals as a fast
/// one. The first <c>warmUp</c> of the schedule warms both sides up and is not measured (its errors still count).
/// </summary>
internal sealed class OpenLoop(HttpClient http, Uri messages, Uri serviceUrl, ReplyBook replies)
{
    public async Task<IReadOnlyList<Sample>> RunAsync(Mix mix, double rate, TimeSpan warmUp, TimeSpan measured, Action measuring, CancellationToken cancellationToken)
    {
        var total = (int)Math.Round((warmUp + measured).TotalSeconds * rate);
        var warm = (int)Math.Round(warmUp.TotalSeconds * rate);
        var interval = Stopwatch.Frequency / rate;
        var start = Stopwatch.GetTimestamp() + (Stopwatch.Frequency / 10);
        var requests = new List<Task<Sample>>(total);
        for (var i = 0; i < total; i++)
        {
            var due = start + (long)(i * interval);
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
            if (wait > TimeSpan.Zero)
                await Task.Delay(wait, cancellationToken);
            if (i == warm)
                measuring();

            var user = mix.Take(due);
            var turn = user.Next(serviceUrl);
            var (index, isMeasured) = (i, i >= warm);
            requests.Add(Task.Run(() => SendAsync(index, isMeasured, due, user, turn, mix, cancellationToken), cancellationToken));
        }

        return await Task.WhenAll(requests);
    }

    private async Task<Sample> SendAsync(int index, bool measured, long due, IVirtualUser user, Turn turn, Mix mix, CancellationToken cancellationToken)
    {
        var collecting = replies.Expect(turn);
        var (status, body, failure) = (0, string.Empty, (string?)null);
        var sent = Stopwatch.GetTimestamp();
        try
        {
            using var content = new StringContent(turn.Activity.ToJsonString(), Encoding.UTF8, "application/json");
            using var response = await http.PostAsync(messages, content, cancellationToken);
            status = (int)response.StatusCode;
            body = await response.Content.ReadAsStringAsync(cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
        {
            failure = $"{e.GetType().Name}: {e.Message}";
        }

        var done = Stopwatch.GetTimestamp();
        var answer = new Answer(status, body, replies.Collect(turn, collecting));

        // Read in every case: a user who got a wrong answer resets or gives up, as a person would.
        string? wrong;
        try
        {
            wrong = user.Read(turn, answer);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            wrong = $"unreadable answer ({e.Message}): {answer.Excerpt}";
        }

        var error = failure ?? (status is < 200 or > 299 ? $"HTTP {status}: {(body.Length > 160 ? body[..157] + "..." : body)}" : wrong);
        mix.Return(user, done);
        return new Sample(index, turn.Kind, measured, due, sent, done, status, error);
    }
}
