namespace MentorBot.Dialogs.Conversations;

/// <summary>
/// A text command in the personal chat. The English name is canonical (it is what the Teams manifest lists);
/// the French name is what French users see in help and may type.
/// </summary>
public sealed record BotCommand(string Name, string FrenchName, string DescriptionKey)
{
    public string NameIn(string language) => language == "fr" ? FrenchName : Name;

    public bool Matches(string normalisedText) =>
        string.Equals(normalisedText, Name, StringComparison.OrdinalIgnoreCase) ||
        string.Equals(normalisedText, FrenchName, StringComparison.OrdinalIgnoreCase);
}
