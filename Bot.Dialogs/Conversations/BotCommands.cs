namespace MentorBot.Dialogs.Conversations;

/// <summary>Every command the bot understands; help and the Teams manifest are both checked against this list.</summary>
public static class BotCommands
{
    public static BotCommand Help { get; } = new("help", "aide", "HelpCommandHelp");

    public static BotCommand Join { get; } = new("join", "rejoindre", "HelpCommandJoin");

    public static IReadOnlyList<BotCommand> All { get; } = [Help, Join];

    /// <summary>Finds the command a message names, tolerant of case, surrounding spaces and a leading slash.</summary>
    public static BotCommand? Find(string? text)
    {
        var normalised = Normalise(text);
        return normalised.Length == 0 ? null : All.FirstOrDefault(c => c.Matches(normalised));
    }

    public static string Normalise(string? text) => (text ?? string.Empty).Trim().TrimStart('/').Trim().TrimEnd('.', '!', '?').Trim();
}
