using System.Globalization;
using System.Reflection;
using MentorBot.Dialogs.Conversations.Actions;
using Newtonsoft.Json.Linq;

namespace MentorBot.Tests.Fuzzing;

/// <summary>
/// Card payloads for every verb the router has registered: first a valid one, built from the action's payload record
/// (each constructor parameter filled with a plausible value of this world, or taken from a card the bot really sent),
/// then mutated: fields removed, values of the wrong type, oversize or odd text, other people's ids, a forged verb.
/// </summary>
public sealed class PayloadFuzzer(HostileValues values, FuzzWorld world, CardHarvest harvest, IReadOnlyDictionary<string, ICardAction> actions, IReadOnlyList<string> verbs)
{
    /// <summary>The registered verbs plus the flow verb and verbs no action has.</summary>
    public IReadOnlyList<string> Verbs => verbs;

    public JObject Payload(string verb)
    {
        var random = values.Random;
        var data = (random.Next(2) == 0 ? harvest.Payload(random, verb) : null) ?? Valid(verb);
        data["verb"] = verb;
        for (var n = random.Next(5); n > 0; n--)
            Mutate(data);
        return data;
    }

    /// <summary>A payload the action's record accepts, with ids of this world.</summary>
    public JObject Valid(string verb)
    {
        var data = new JObject();
        if (!actions.TryGetValue(verb, out var action))
            return data;
        var constructor = action.PayloadType.GetConstructors().MaxBy(c => c.GetParameters().Length);
        foreach (var parameter in constructor?.GetParameters() ?? [])
        {
            if (!parameter.IsOptional || values.Random.Next(3) > 0)
                data[CamelCase(parameter.Name!)] = Plausible(parameter);
        }

        return data;
    }

    private void Mutate(JObject data)
    {
        var random = values.Random;
        var fields = data.Properties().Select(p => p.Name).ToList();
        var inputs = harvest.InputIds();
        switch (random.Next(8))
        {
            case 0 when fields.Count > 0:
                data.Remove(values.Pick(fields));
                break;
            case 1 or 2 when fields.Count > 0:
                Set(data, values.Pick(fields), values.Value());
                break;
            case 3 when fields.Count > 0:
                Set(data, values.Pick(fields), values.Id());
                break;
            case 4 when inputs.Count > 0:
                Set(data, values.Pick(inputs), random.Next(2) == 0 ? values.Value() : values.Text());
                break;
            case 5:
                Set(data, "verb", random.Next(3) == 0 ? values.Value() : values.Pick(verbs));
                break;
            case 6:
                Set(data, values.Text(), values.Value());
                break;
            default:
                Set(data, "programmeId", values.Pick(world.ProgrammeIds));
                break;
        }
    }

    // Removed first: Newtonsoft compares the old value with the new one on assignment, and a huge double against a
    // decimal overflows in that comparison.
    public static void Set(JObject data, string field, JToken value)
    {
        data.Remove(field);
        data[field] = value;
    }

    private JToken Plausible(ParameterInfo parameter)
    {
        var random = values.Random;
        var name = parameter.Name!.ToLowerInvariant();
        var when = new DateTimeOffset(2027, 1, 4, 9, 0, 0, TimeSpan.Zero).AddHours(random.Next(0, 24 * 30));
        return name switch
        {
            "programmeid" or "programme" => values.Pick(world.ProgrammeIds),
            "pairid" or "swapfirst" or "swapsecond" => values.Pick(world.PairIds),
            "mentorid" => values.Pick(world.PersonIds),
            "version" => world.ProgrammeVersion,
            "role" => random.Next(2) == 0 ? "mentee" : "mentor",
            "part" => values.Pick(new[] { "goals", "skills", "about", "hours", "preferences", "capacity" }),
            "until" => DateOnly.FromDateTime(when.UtcDateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            "start" or "from" => when.ToString("O", CultureInfo.InvariantCulture),
            "end" => when.AddHours(1).ToString("O", CultureInfo.InvariantCulture),
            "since" => when.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
            "checkinid" => when.ToString("yyyyMMdd'T'HHmm'Z'", CultureInfo.InvariantCulture),
            "addresses" => "someone@contoso.com; " + values.Text(),
            _ => values.Text(),
        };
    }

    private static string CamelCase(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
