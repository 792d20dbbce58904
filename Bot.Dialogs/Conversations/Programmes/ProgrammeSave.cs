using System.Text.Json;
using System.Text.Json.Serialization;

namespace MentorBot.Dialogs.Conversations.Programmes;

/// <summary>
/// What the programme form posts: the programme (none for a new one), the version the lead started from, and the
/// form's fields, which <see cref="ProgrammeForm"/> validates one by one so each wrong one can be named.
/// </summary>
public sealed record ProgrammeSave(string? ProgrammeId = null, string? Version = null)
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement> Fields { get; init; } = [];

    /// <summary>A field's text (numbers as written), or null when it is absent or of another kind.</summary>
    public string? Field(string name) =>
        Fields.TryGetValue(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString()!.Trim(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        } : null;

    public bool Has(string name) => Fields.ContainsKey(name);
}
