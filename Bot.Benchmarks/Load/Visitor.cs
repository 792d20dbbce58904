namespace MentorBot.Benchmarks.Load;

/// <summary>Someone who asks for help: the help card, listing the commands.</summary>
internal sealed class Visitor(Person person) : IVirtualUser
{
    public bool Finished => false;

    public Turn Next(Uri serviceUrl) => new("help", TeamsActivity.Message(person, serviceUrl, "help"));

    public string? Read(Turn turn, Answer answer) =>
        answer.LastCard is { } reply && CardForm.Text(reply.Card).Contains("Here is what I can do", StringComparison.Ordinal)
            ? null
            : "no help card: " + answer.Excerpt;
}
