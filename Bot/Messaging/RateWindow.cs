namespace MentorBot.Messaging;

/// <summary>At most <see cref="Limit"/> requests in any sliding window of length <see cref="Window"/>.</summary>
public sealed class RateWindow
{
    public RateWindow()
    {
    }

    public RateWindow(TimeSpan window, int limit)
    {
        Window = window;
        Limit = limit;
    }

    public TimeSpan Window { get; set; }

    public int Limit { get; set; }

    public override string ToString() => $"{Limit} per {Window.TotalSeconds:0.###} s";
}
