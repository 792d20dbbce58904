namespace MentorBot.Dialogs.Conversations;

/// <summary>
/// Every text command the bot understands; help and the Teams manifest are both checked against this list.
/// Commands may take an argument after their name ("pause 2027-01-15").
/// </summary>
public static class BotCommands
{
    /// <summary>The one command answered wherever it is asked: it shows nothing about the sender.</summary>
    public static BotCommand Help { get; } = new("help", "aide", "HelpCommandHelp", PersonalOnly: false);

    public static BotCommand Join { get; } = new("join", "rejoindre", "HelpCommandJoin");

    public static BotCommand Profile { get; } = new("profile", "profil", "HelpCommandProfile");

    public static BotCommand Goals { get; } = new("goals", "objectifs", "HelpCommandGoals");

    public static BotCommand Pause { get; } = new("pause", "pause", "HelpCommandPause");

    /// <summary>Out of the menu (which holds ten): a paused user is reminded of it; "find a time" earns the place.</summary>
    public static BotCommand Resume { get; } = new("resume", "reprendre", "HelpCommandResume", InMenu: false);

    public static BotCommand FindATime { get; } = new("find a time", "trouver un créneau", "HelpCommandFindATime");

    /// <summary>Leads: run matching for a programme ("match", or "match Programme name").</summary>
    public static BotCommand Match { get; } = new("match", "jumeler", "HelpCommandMatch", InMenu: false);

    /// <summary>Out of the menu (which holds ten): check-ins arrive as cards; typing it opens one any time.</summary>
    public static BotCommand CheckIn { get; } = new("check in", "faire le point", "HelpCommandCheckIn", InMenu: false);

    /// <summary>Out of the menu (which holds ten): nudge cards carry a snooze button; typing it snoozes for any length.</summary>
    public static BotCommand Snooze { get; } = new("snooze", "reporter", "HelpCommandSnooze", InMenu: false);

    /// <summary>Out of the menu (which holds ten): surveys arrive as cards; typing it opens the one that is open.</summary>
    public static BotCommand Feedback { get; } = new("feedback", "mon avis", "HelpCommandFeedback", InMenu: false);

    public static BotCommand Leave { get; } = new("leave", "quitter", "HelpCommandLeave");

    public static BotCommand MyData { get; } = new("my data", "mes données", "HelpCommandMyData");

    public static BotCommand DeleteMyData { get; } = new("delete my data", "supprimer mes données", "HelpCommandDeleteMyData", InMenu: false);

    public static BotCommand Cancel { get; } = new("cancel", "annuler", "HelpCommandCancel", InMenu: false);

    public static BotCommand Restart { get; } = new("restart", "recommencer", "HelpCommandRestart", InMenu: false);

    public static BotCommand Programmes { get; } = new("programmes", "programmes", "HelpCommandProgrammes");

    public static BotCommand NewProgramme { get; } = new("new programme", "nouveau programme", "HelpCommandNewProgramme");

    /// <summary>Leads: a programme's pairs and figures as CSV files, through short-lived links ("export", or "export Programme name").</summary>
    public static BotCommand Export { get; } = new("export", "exporter", "HelpCommandExport", InMenu: false);

    /// <summary>Leads, out of the menu (which holds ten): a programme's digest now ("digest", or "digest Programme name").</summary>
    public static BotCommand Digest { get; } = new("digest", "bilan", "HelpCommandDigest", InMenu: false);

    /// <summary>Leads, out of the menu (which holds ten): the at-risk list alone, with its one-click actions.</summary>
    public static BotCommand AtRisk { get; } = new("at risk", "à risque", "HelpCommandAtRisk", InMenu: false);

    /// <summary>Leads, out of the menu (which holds ten): the programme so far as a card for management ("report", or "report Programme name").</summary>
    public static BotCommand Report { get; } = new("report", "rapport", "HelpCommandReport", InMenu: false);

    public static IReadOnlyList<BotCommand> All { get; } = [Help, Join, Profile, Goals, FindATime, CheckIn, Snooze, Feedback, Pause, Resume, Leave, MyData, DeleteMyData, Cancel, Restart, Programmes, NewProgramme, Match, Digest, AtRisk, Report, Export];

    /// <summary>Finds the command a message names, tolerant of case, surrounding spaces and a leading slash.</summary>
    public static BotCommand? Find(string? text) => Parse(text).Command;

    /// <summary>
    /// The command a message starts with and the rest as its argument. The longest name wins, so
    /// "delete my data" is not read as "my data" or anything shorter.
    /// </summary>
    public static (BotCommand? Command, string Argument) Parse(string? text)
    {
        var normalised = Normalise(text);
        if (normalised.Length == 0)
            return (null, string.Empty);
        var matches =
            from command in All
            from name in new[] { command.Name, command.FrenchName }
            where normalised.Equals(name, StringComparison.OrdinalIgnoreCase) ||
                  normalised.StartsWith(name + " ", StringComparison.OrdinalIgnoreCase)
            orderby name.Length descending
            select (command, name);
        var (found, matched) = matches.FirstOrDefault();
        return found is null ? (null, string.Empty) : (found, normalised[matched.Length..].Trim());
    }

    public static string Normalise(string? text) => (text ?? string.Empty).Trim().TrimStart('/').Trim().TrimEnd('.', '!', '?').Trim();
}
