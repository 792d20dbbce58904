namespace MentorBot.Dialogs.Conversations;

/// <summary>
/// A text command in the personal chat. The English name is canonical (it is what the Teams manifest lists);
/// the French name is what French users see in help and may type. <see cref="InMenu"/> commands are offered in
/// Teams' command menu, which holds at most ten: in-flow controls and destructive commands are typed, not offered.
/// <see cref="PersonalOnly"/> commands show or change the sender's own data, or act for them: in a team or group chat
/// everyone would see the answer, so there the router points to the personal chat instead. Personal is the default,
/// so a new command cannot leak by omission.
/// </summary>
public sealed record BotCommand(string Name, string FrenchName, string DescriptionKey, bool InMenu = true, bool PersonalOnly = true)
{
    public string NameIn(string language) => language == "fr" ? FrenchName : Name;

    public bool Matches(string normalisedText) =>
        string.Equals(normalisedText, Name, StringComparison.OrdinalIgnoreCase) ||
        string.Equals(normalisedText, FrenchName, StringComparison.OrdinalIgnoreCase);
}
