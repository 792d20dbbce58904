using System.Text.Json.Nodes;
using MentorBot.Dialogs.Conversations;
using MentorBot.Tests.Infrastructure;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace MentorBot.Tests.Fuzzing;

/// <summary>
/// Generates activities as Teams would post them, and as it never would: text commands (every one of
/// <see cref="BotCommands.All"/>, in English and French) with odd arguments, free and oversize text, card submissions
/// (Action.Submit as a message's value) and Action.Execute invokes for every verb, other activity types, and now and
/// then a broken envelope; from every sender of the world, in the personal chat or a team channel.
/// Case <c>i</c> draws from its own <see cref="Random"/> seeded from the run's seed and <c>i</c>, so a seed names the same cases.
/// </summary>
public sealed class ActivityFuzzer(FuzzSeed seed, FuzzWorld world, Uri serviceUrl, Func<HostileValues, PayloadFuzzer> payloads)
{
    private const string TeamId = "19:f022team0000000000000000000000@thread.tacv2";
    private const string ChannelId = "19:f022channel00000000000000000000@thread.tacv2";

    private static readonly JsonSerializerSettings Json = new() { StringEscapeHandling = StringEscapeHandling.EscapeNonAscii };

    private static readonly string[] OtherInvokes = ["task/fetch", "task/submit", "composeExtension/query", "signin/verifyState", "actionableMessage/executeAction", string.Empty, "adaptiveCard/action "];

    private static readonly string[] OtherTypes = ["conversationUpdate", "installationUpdate", "messageReaction", "typing", "event", "endOfConversation", "messageUpdate", "messageDelete", "somethingNew"];

    public FuzzCase Next(int index)
    {
        var values = new HostileValues(new Random(unchecked((seed.Value * 1_000_003) + index)), world);
        var random = values.Random;
        var sender = values.Pick(world.Senders);
        var roll = random.Next(100);
        var subject = roll < 34 ? null : Verb(values);
        var (kind, activity) = roll switch
        {
            < 34 => ("text", Message(sender, Text(values, out subject))),
            < 65 => ("submit", Submit(sender, values, subject!)),
            < 96 => ("invoke", Invoke(sender, values, subject!)),
            _ => ("other", Other(sender, values)),
        };
        if (random.Next(5) == 0)
            (kind, activity) = (kind + " in a channel", InChannel(activity, values));
        if (!sender.HasIdentity)
            ((JObject)activity["from"]!).Remove("aadObjectId");
        if (random.Next(25) == 0)
            (kind, activity) = (kind + " with a broken envelope", BreakEnvelope(activity, values));
        return new FuzzCase(index, sender, kind, roll < 96 ? subject : null, JsonConvert.SerializeObject(activity, Json));
    }

    private static string Text(HostileValues values, out string? command)
    {
        var random = values.Random;
        command = null;
        if (random.Next(5) == 0)
            return random.Next(2) == 0 ? values.Oversize() : values.Text();
        var chosen = values.Pick(BotCommands.All);
        command = chosen.Name;
        var name = random.Next(3) == 0 ? chosen.FrenchName : chosen.Name;
        name = random.Next(4) switch
        {
            0 => name.ToUpperInvariant(),
            1 => "/" + name,
            2 => "  " + name + " !",
            _ => name,
        };
        return random.Next(3) switch
        {
            0 => name,
            1 => name + " " + values.Text(),
            _ => name + " " + (random.Next(2) == 0 ? values.Id() : random.Next(2) == 0 ? "Data mentoring" : "2027-01-15"),
        };
    }

    private JObject Message(FuzzSender sender, string text)
    {
        // The text is set on the Newtonsoft body: System.Text.Json would refuse a lone surrogate in it.
        var activity = Envelope(TeamsActivities.Base("message", sender.User, serviceUrl));
        activity["text"] = text;
        activity["textFormat"] = "plain";
        return activity;
    }

    private JObject Submit(FuzzSender sender, HostileValues values, string verb)
    {
        var activity = Envelope(TeamsActivities.Base("message", sender.User, serviceUrl));
        activity["replyToId"] = Guid.NewGuid().ToString("N");
        activity["value"] = values.OneIn(15) ? values.Value() : payloads(values).Payload(verb);
        return activity;
    }

    private JObject Invoke(FuzzSender sender, HostileValues values, string verb)
    {
        var random = values.Random;
        var activity = Envelope(TeamsActivities.Base("invoke", sender.User, serviceUrl));
        var data = payloads(values).Payload(verb);
        if (random.Next(2) == 0)
            data.Remove("verb");
        var action = new JObject { ["type"] = random.Next(12) == 0 ? values.Value() : "Action.Execute", ["verb"] = random.Next(6) == 0 ? values.Value() : verb, ["data"] = random.Next(12) == 0 ? values.Value() : data };
        activity["name"] = random.Next(15) == 0 ? values.Pick(OtherInvokes) : "adaptiveCard/action";
        activity["value"] = random.Next(20) == 0 ? values.Value() : random.Next(20) == 0 ? new JObject() : new JObject { ["action"] = action, ["trigger"] = "manual" };
        return activity;
    }

    private JObject Other(FuzzSender sender, HostileValues values)
    {
        var type = values.Pick(OtherTypes);
        var activity = Envelope(TeamsActivities.Base(type, sender.User, serviceUrl));
        switch (type)
        {
            case "conversationUpdate":
                activity[values.OneIn(2) ? "membersAdded" : "membersRemoved"] = new JArray(new JObject { ["id"] = values.OneIn(2) ? TeamsActivities.BotId : values.Text() });
                break;
            case "installationUpdate":
                activity["action"] = values.OneIn(3) ? values.Value() : values.OneIn(2) ? "add" : "remove";
                break;
            case "messageReaction":
                activity["reactionsAdded"] = new JArray(new JObject { ["type"] = values.Text() });
                break;
            default:
                activity["value"] = values.Value();
                break;
        }

        return activity;
    }

    private string Verb(HostileValues values)
    {
        var verbs = payloads(values).Verbs;
        return values.Random.Next(10) == 0 ? values.Text() : values.Pick(verbs);
    }

    // As TeamsActivities.InChannel, on the Newtonsoft body: System.Text.Json refuses the lone surrogates it carries.
    private static JObject InChannel(JObject activity, HostileValues values)
    {
        var inThread = values.OneIn(2);
        var conversation = (JObject)activity["conversation"]!;
        conversation["conversationType"] = "channel";
        conversation["isGroup"] = true;
        conversation["id"] = inThread ? ChannelId + ";messageid=1712345678901" : ChannelId;
        var channelData = (JObject)activity["channelData"]!;
        channelData["team"] = new JObject { ["id"] = TeamId, ["name"] = "Data guild" };
        channelData["channel"] = new JObject { ["id"] = ChannelId };
        if (activity["text"] is JValue { Value: string text } && values.OneIn(2))
            activity["text"] = "<at>MentorBot</at> " + text;
        return activity;
    }

    private static JObject BreakEnvelope(JObject activity, HostileValues values)
    {
        var field = values.Pick(new[] { "locale", "text", "from.name", "conversation.tenantId", "channelData.tenant", "channelData", "timestamp", "entities", "attachments", "replyToId", "localTimezone", "from.aadObjectId", "recipient.id" });
        var path = field.Split('.');
        var parent = path.Length == 1 ? activity : activity[path[0]] as JObject;
        if (parent is null)
            return activity;
        if (values.OneIn(4))
            parent.Remove(path[^1]);
        else
            PayloadFuzzer.Set(parent, path[^1], values.Value());
        return activity;
    }

    private static JObject Envelope(JsonObject activity) => JObject.Parse(activity.ToJsonString());
}
