using System.Text.Json.Nodes;

namespace MentorBot.Benchmarks.Load;

/// <summary>
/// Someone joining the programme: presses "Join as mentee" (or mentor) on the welcome card, then answers each
/// onboarding card as Teams posts it (the card's data, every input's value), except the goals, which they type.
/// Each answer must bring the next step's card, and the last one the confirmation; anything else is an error and
/// the newcomer gives up.
/// </summary>
internal sealed class Newcomer(Person person, string role) : IVirtualUser
{
    private static readonly Dictionary<string, string> Answers = new(StringComparer.Ordinal)
    {
        ["department"] = "Data platform",
        ["jobTitle"] = "Engineer",
        ["skills"] = "Data engineering,Leadership",
        ["otherSkills"] = "SQL",
        ["departmentPreference"] = "NoPreference",
        ["languages"] = "en",
        ["cadence"] = "Fortnightly",
        ["workStart"] = "09:00",
        ["workEnd"] = "17:00",
        ["workDays"] = "Monday,Tuesday,Wednesday,Thursday,Friday",
        ["timeZone"] = "Europe/Paris",
        ["capacity"] = "2",
        ["rate*"] = "3",
    };

    private JsonObject? _card;
    private string? _cardMessage;
    private string? _step;

    public bool Finished { get; private set; }

    public Turn Next(Uri serviceUrl)
    {
        if (_card is null)
        {
            // The welcome card was sent when the app was installed: its message id is the one Teams replies to.
            var join = new JsonObject { ["verb"] = "join", ["role"] = role };
            return new Turn("onboarding: join (card)", TeamsActivity.CardSubmit(person, serviceUrl, join, Guid.NewGuid().ToString("N")));
        }

        if (CardForm.InputIds(_card).Contains("goal1"))
            return new Turn("onboarding: goals (typed)", TeamsActivity.Message(person, serviceUrl, "Lead a cross-team project; Speak at a conference"));

        var answers = new Dictionary<string, string>(Answers) { ["seniority"] = role == "mentor" ? "Senior" : "EarlyCareer" };
        var submit = CardForm.Actions(_card).First(a => a["type"]?.GetValue<string>() == "Action.Submit");
        return new Turn("onboarding: step (card)", TeamsActivity.CardSubmit(person, serviceUrl, CardForm.Submit(_card, submit, answers), _cardMessage!));
    }

    public string? Read(Turn turn, Answer answer)
    {
        if (answer.Said.Contains("You're in!", StringComparison.Ordinal) && _step is not null)
        {
            Finished = true;
            return null;
        }

        var step = answer.LastCard is { } next ? Step(next.Card) : null;
        if (step is null || step == _step)
        {
            Finished = true;
            return $"no next step after {_step ?? "join"}: {answer.Excerpt}";
        }

        (_card, _cardMessage, _step) = (answer.LastCard!.Value.Card, answer.LastCard.Value.MessageId, step);
        return null;
    }

    // A flow's cards carry their step in their submit's data (FlowCards.Stamp).
    private static string? Step(JsonObject card) =>
        CardForm.Actions(card).Select(a => a["data"]?["flowStep"]?.ToString()).FirstOrDefault(s => s is not null);
}
