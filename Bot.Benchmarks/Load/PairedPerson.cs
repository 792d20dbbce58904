using System.Text.Json.Nodes;

namespace MentorBot.Benchmarks.Load;

/// <summary>
/// A mentee or mentor with an active pair, in turn: "find a time" (slots read from both calendars through Graph),
/// "check in" (their check-in card), then answering it with the card's Send, an Action.Execute invoke whose response
/// is the card that replaces it. Then again. Half of them start with "check in", as a programme's people are at
/// different points.
/// </summary>
internal sealed class PairedPerson(Person person, bool startWithCheckIn) : IVirtualUser
{
    private static readonly Dictionary<string, string> Answers = new(StringComparer.Ordinal)
    {
        ["met"] = "Yes",
        ["usefulness"] = "4",
        ["goal.*"] = "Some",
        ["blocker"] = string.Empty,
        ["shareBlocker"] = "false",
        ["fit"] = "GoodFit",
        ["nextStep"] = "FindATime",
    };

    private const string AnswerVerb = "checkInAnswer";

    private (JsonObject Card, string MessageId)? _checkIn;
    private Doing _next = startWithCheckIn ? Doing.CheckIn : Doing.FindATime;

    private enum Doing
    {
        FindATime,
        CheckIn,
        Answer,
    }

    public bool Finished => false;

    public Turn Next(Uri serviceUrl)
    {
        switch (_next)
        {
            case Doing.Answer when _checkIn is { } open:
                var send = CardForm.Actions(open.Card).First(a => a["verb"]?.GetValue<string>() == AnswerVerb);
                return new Turn("check-in answer (Action.Execute)", TeamsActivity.CardExecute(person, serviceUrl, AnswerVerb, CardForm.Submit(open.Card, send, Answers), open.MessageId));
            case Doing.CheckIn:
                return new Turn("check in", TeamsActivity.Message(person, serviceUrl, "check in"));
            default:
                return new Turn("find a time", TeamsActivity.Message(person, serviceUrl, "find a time"));
        }
    }

    public string? Read(Turn turn, Answer answer)
    {
        var doing = _next;
        (_next, _checkIn) = (Doing.FindATime, null);
        switch (doing)
        {
            case Doing.Answer:
                var body = JsonNode.Parse(answer.Body.Length == 0 ? "{}" : answer.Body);
                var card = body?["value"];
                return body?["statusCode"]?.GetValue<int>() == 200 && body["type"]?.GetValue<string>() == "application/vnd.microsoft.card.adaptive" &&
                       CardForm.Actions(card).All(a => a["verb"]?.GetValue<string>() != AnswerVerb)
                    ? null
                    : "the check-in was not recorded: " + (answer.Body.Length > 160 ? answer.Body[..157] + "..." : answer.Body);
            case Doing.CheckIn:
                if (answer.LastCard is not { } checkIn || !CardForm.Actions(checkIn.Card).Any(a => a["verb"]?.GetValue<string>() == AnswerVerb))
                    return "no check-in card to answer: " + answer.Excerpt;
                (_next, _checkIn) = (Doing.Answer, checkIn);
                return null;
            default:
                _next = Doing.CheckIn;
                return answer.LastCard is { } slots && CardForm.Text(slots.Card).Contains("From both calendars", StringComparison.Ordinal) &&
                       CardForm.Actions(slots.Card).Any(a => a["type"]?.GetValue<string>() == "Action.Execute")
                    ? null
                    : "no slots from both calendars: " + answer.Excerpt;
        }
    }
}
