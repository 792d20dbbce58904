using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Localization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;

namespace MentorBot.Dialogs.Conversations;

/// <summary>
/// The personal chat: routes a message to the command it names and a card submission to the step it answers.
/// Everything it says comes from the resources in the user's language.
/// </summary>
public sealed partial class PersonalChat(ILogger<PersonalChat> logger)
{
    /// <summary>Longer messages are refused with the limit stated, not truncated silently.</summary>
    public const int MaxTextLength = 2000;

    public static Task SendWelcomeAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var text = new Localizer(turn.Activity.Locale);
        return turn.SendActivityAsync(CardAttachment.Message(WelcomeCard.Build(text)), cancellationToken);
    }

    public async Task OnMessageAsync(ITurnContext<IMessageActivity> turn, CancellationToken cancellationToken)
    {
        var text = new Localizer(turn.Activity.Locale);
        if (turn.Activity.Value is not null)
        {
            await OnCardSubmitAsync(turn, text, cancellationToken);
            return;
        }

        var message = turn.Activity.Text ?? string.Empty;
        if (message.Length > MaxTextLength)
        {
            await turn.SendActivityAsync(text.Format("TextTooLong", message.Length, MaxTextLength), cancellationToken: cancellationToken);
            return;
        }

        var command = BotCommands.Find(message);
        if (command == BotCommands.Help)
            await turn.SendActivityAsync(CardAttachment.Message(HelpCard.Build(text, BotCommands.All)), cancellationToken);
        else if (command == BotCommands.Join)
            await turn.SendActivityAsync(CardAttachment.Message(WelcomeCard.Build(text)), cancellationToken);
        else
            await ReplyUnknownAsync(turn, text, BotCommands.Normalise(message), cancellationToken);
    }

    private async Task OnCardSubmitAsync(ITurnContext<IMessageActivity> turn, Localizer text, CancellationToken cancellationToken)
    {
        var data = turn.Activity.Value as JObject ?? TryParse(turn.Activity.Value);
        // Only a string is a verb: Value<string> throws on an object or array, and a crafted or stale card must get the hint, not a turn error.
        var verb = data?[CardData.VerbField]?.Type == JTokenType.String ? data.Value<string>(CardData.VerbField) : null;
        if (verb == CardData.JoinVerb)
        {
            var role = data?[CardData.RoleField]?.Type == JTokenType.String ? data.Value<string>(CardData.RoleField) : null;
            if (role is "mentee" or "mentor")
            {
                await turn.SendActivityAsync(text[role == "mentee" ? "OnboardingComingMentee" : "OnboardingComingMentor"], cancellationToken: cancellationToken);
                return;
            }
        }

        LogUnknownCardAction(logger, verb ?? "(none)");
        await turn.SendActivityAsync(text["UnknownCardAction"], cancellationToken: cancellationToken);
    }

    private static async Task ReplyUnknownAsync(ITurnContext turn, Localizer text, string message, CancellationToken cancellationToken)
    {
        // Echo a short, single-line excerpt so the user sees what was not understood without us replaying a wall of text.
        var excerpt = message.ReplaceLineEndings(" ");
        if (excerpt.Length > 60)
            excerpt = string.Concat(excerpt.AsSpan(0, 57), "...");
        var reply = excerpt.Length == 0 ? text["UnknownCommandEmpty"] : text.Format("UnknownCommand", excerpt);
        await turn.SendActivityAsync(reply, cancellationToken: cancellationToken);
    }

    private static JObject? TryParse(object? value)
    {
        try
        {
            return value is null ? null : JToken.FromObject(value) as JObject;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Card submission with unknown verb {Verb} answered with a restart hint")]
    private static partial void LogUnknownCardAction(ILogger logger, string verb);
}
