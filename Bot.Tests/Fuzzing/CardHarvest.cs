using Newtonsoft.Json.Linq;

namespace MentorBot.Tests.Fuzzing;

/// <summary>
/// What the bot's own cards post: the data of every Action.Execute and Action.Submit and the ids of every input in
/// the cards it answered with. Mutating these reaches deep into flows and actions (a real stamp, a real pair id) where
/// purely random payloads stop at the first check.
/// </summary>
public sealed class CardHarvest
{
    private const int MaxKept = 400;
    private readonly Lock _gate = new();
    private readonly List<JObject> _data = [];
    private readonly HashSet<string> _inputIds = new(StringComparer.Ordinal);

    public void Collect(JToken? card)
    {
        if (card is null)
            return;
        lock (_gate)
        {
            foreach (var action in card.SelectTokens("$..actions[*]").OfType<JObject>())
            {
                if (action["data"] is JObject data && data.Count > 0)
                {
                    var copy = (JObject)data.DeepClone();
                    if (action["verb"] is JValue { Type: JTokenType.String } verb && copy["verb"] is null)
                        copy["verb"] = verb;
                    if (_data.Count >= MaxKept)
                        _data.RemoveAt(0);
                    _data.Add(copy);
                }
            }

            foreach (var input in (card as JContainer)?.Descendants().OfType<JObject>() ?? [])
            {
                if (input["type"] is JValue { Value: string type } && type.StartsWith("Input.", StringComparison.Ordinal) && input["id"] is JValue { Value: string id })
                    _inputIds.Add(id);
            }
        }
    }

    /// <summary>A copy of a harvested payload for <paramref name="verb"/>, or of any when <paramref name="verb"/> is null; null if none yet.</summary>
    public JObject? Payload(Random random, string? verb)
    {
        lock (_gate)
        {
            var candidates = verb is null ? _data : [.. _data.Where(d => (string?)d["verb"] == verb)];
            return candidates.Count == 0 ? null : (JObject)candidates[random.Next(candidates.Count)].DeepClone();
        }
    }

    public IReadOnlyList<string> InputIds()
    {
        lock (_gate)
            return [.. _inputIds.Order(StringComparer.Ordinal)];
    }
}
