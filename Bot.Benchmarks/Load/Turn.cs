using System.Text.Json.Nodes;

namespace MentorBot.Benchmarks.Load;

/// <summary>One request a virtual user sends: what kind of thing it is (for the breakdown) and the activity.</summary>
internal sealed record Turn(string Kind, JsonObject Activity)
{
    public string ActivityId => Activity["id"]!.GetValue<string>();

    /// <summary>The card message a submission answers: the bot updates that message in place.</summary>
    public string? ReplyToId => Activity["replyToId"]?.GetValue<string>();

    public bool IsInvoke => Activity["type"]?.GetValue<string>() == "invoke";
}
