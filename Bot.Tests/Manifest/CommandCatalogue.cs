using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MentorBot.Dialogs.Conversations;

namespace MentorBot.Tests.Manifest;

/// <summary>
/// Compares the manifest's command lists (and their French titles) with the commands the bot understands, both
/// ways, and says what differs. The bot's catalogue is personal-chat commands only (see BotCommand), so any command
/// list for another scope is a command the bot does not understand there.
/// </summary>
public static class CommandCatalogue
{
    public const string PersonalScope = "personal";

    public static IReadOnlyList<string> Mismatches(JsonObject manifest, JsonObject french, IReadOnlyList<BotCommand> understood)
    {
        var mismatches = new List<string>();
        var lists = manifest["bots"]?[0]?["commandLists"]?.AsArray() ?? [];
        var personal = new List<string>();
        for (var l = 0; l < lists.Count; l++)
        {
            var scopes = lists[l]?["scopes"]?.AsArray().Select(s => s?.GetValue<string>()).ToList() ?? [];
            var commands = lists[l]?["commands"]?.AsArray() ?? [];
            if (scopes.Any(s => s != PersonalScope))
            {
                mismatches.Add($"commandLists[{l}] is for scopes {string.Join(", ", scopes)}: the bot understands personal-chat commands only " +
                    "(BotCommands); teach the bot a command for that scope before listing it.");
            }

            for (var c = 0; c < commands.Count; c++)
            {
                var title = commands[c]?["title"]?.GetValue<string>() ?? string.Empty;
                var command = Find(understood, title);
                if (command is null)
                    mismatches.Add($"the manifest lists '{title}', which the bot does not understand (it is not in BotCommands.All).");
                else if (command.Name != title)
                    mismatches.Add($"the manifest lists '{title}'; list the command by its canonical English name '{command.Name}'.");
                else if (scopes.Contains(PersonalScope))
                    personal.Add(title);

                var key = $"bots[0].commandLists[{l}].commands[{c}]";
                var frenchTitle = french[$"{key}.title"]?.GetValue<string>();
                if (command is not null && frenchTitle != command.FrenchName)
                    mismatches.Add($"fr-fr.json '{key}.title' is '{frenchTitle}'; the bot's French name for '{command.Name}' is '{command.FrenchName}'.");
                if (string.IsNullOrWhiteSpace(french[$"{key}.description"]?.GetValue<string>()))
                    mismatches.Add($"fr-fr.json has no '{key}.description' for '{title}'.");
            }
        }

        foreach (var missing in understood.Where(c => c.InMenu && !personal.Contains(c.Name)))
            mismatches.Add($"the bot understands '{missing.Name}', but the manifest's personal command list does not offer it.");

        foreach (var (key, _) in french.Where(f => f.Key.StartsWith("bots[", StringComparison.Ordinal)))
        {
            if (!NamesACommandField(manifest, key))
                mismatches.Add($"fr-fr.json translates '{key}', which the manifest does not have.");
        }

        return mismatches;
    }

    /// <summary>The catalogue's own matching, as BotCommands.Find applies it to BotCommands.All.</summary>
    private static BotCommand? Find(IReadOnlyList<BotCommand> understood, string title)
    {
        var normalised = BotCommands.Normalise(title);
        return normalised.Length == 0 ? null : understood.FirstOrDefault(c => c.Matches(normalised));
    }

    private static bool NamesACommandField(JsonObject manifest, string key)
    {
        var match = Regex.Match(key, @"^bots\[0\]\.commandLists\[(\d+)\]\.commands\[(\d+)\]\.(title|description)$");
        if (!match.Success)
            return false;
        var lists = manifest["bots"]?[0]?["commandLists"]?.AsArray() ?? [];
        var list = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var commands = list < lists.Count ? lists[list]?["commands"]?.AsArray() ?? [] : [];
        var command = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        return command < commands.Count && commands[command]?[match.Groups[3].Value] is not null;
    }
}
