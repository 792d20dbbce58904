namespace MentorBot.Benchmarks.Load;

/// <summary>
/// The echo bot's counterpart of a virtual user: the same conversations and the same kinds of text at the same
/// moments (<paramref name="texts"/> in turn, once through when <paramref name="once"/>, as a newcomer onboards once);
/// every message must come back echoed.
/// </summary>
internal sealed class EchoUser(Person person, string kind, IReadOnlyList<string> texts, bool once = false) : IVirtualUser
{
    private int _turn;

    public bool Finished => once && _turn >= texts.Count;

    public Turn Next(Uri serviceUrl) => new(kind, TeamsActivity.Message(person, serviceUrl, texts[_turn % texts.Count]));

    public string? Read(Turn turn, Answer answer)
    {
        var sent = texts[_turn++ % texts.Count];
        return answer.Replies.Any(r => r.Activity?["text"]?.ToString() == "Echo: " + sent) ? null : "no echo: " + answer.Excerpt;
    }
}
