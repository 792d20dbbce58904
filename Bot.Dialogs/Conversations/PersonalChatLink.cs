using Microsoft.Bot.Schema;

namespace MentorBot.Dialogs.Conversations;

/// <summary>
/// The answer to a personal command asked in a team or group chat: where to ask it instead (a Teams deep link to
/// the personal chat with the bot), and nothing about the person.
/// </summary>
public static class PersonalChatLink
{
    private const string ChatWith = "https://teams.microsoft.com/l/chat/0/0?users=";

    /// <summary>The deep link that opens the personal chat with <paramref name="bot"/> (the activity's recipient), or null without its id.</summary>
    public static string? To(ChannelAccount? bot) =>
        bot?.Id is { Length: > 0 } id

            // Teams documents the link with the colon of "28:<app id>" as is; anything else an id could hold is escaped.
            ? ChatWith + Uri.EscapeDataString(id).Replace("%3A", ":", StringComparison.OrdinalIgnoreCase)
            : null;

    public static Task PointAsync(ChatTurn chat, BotCommand command, CancellationToken cancellationToken)
    {
        var name = command.NameIn(chat.Text.Language);
        var link = To(chat.Context.Activity.Recipient);
        return chat.SayAsync(link is null ? chat.Text.Format("PersonalOnlyNoLink", name) : chat.Text.Format("PersonalOnly", name, link), cancellationToken);
    }
}
