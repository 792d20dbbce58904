using System.Text.RegularExpressions;
using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Conversations.Actions;
using MentorBot.Dialogs.Conversations.Flows;
using MentorBot.Dialogs.Domain.Text;
using MentorBot.Dialogs.Localization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;

namespace MentorBot.Dialogs.Conversations;

/// <summary>
/// The personal chat's router: a card submission goes to the flow it belongs to or through the gate to its action (<see cref="CardActionRouter"/>), text to the
/// command it names, or to the flow in progress. It holds no logic of its own.
/// </summary>
public sealed partial class PersonalChat(FlowRunner flows, IEnumerable<ICommandHandler> commands, CardActionRouter cardActions, ILogger<PersonalChat> logger)
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
        var chat = ChatTurn.From(turn);
        if (!TypedInput.TryClean(turn.Activity))
        {
            await chat.SayAsync(chat.Text[TypedText.InvalidMessageKey], cancellationToken);
            return;
        }

        if (turn.Activity.Value is not null)
        {
            await OnCardAsync(chat, turn.Activity.Value, cancellationToken);
            return;
        }

        // In a team or group chat Teams prefixes the text with the bot's @mention: the command follows it. Read from the
        // text, not the mention entities, which the SDK's RemoveRecipientMention dereferences without checking.
        var message = LeadingMentions().Replace(turn.Activity.Text ?? string.Empty, string.Empty);
        if (message.Length > MaxTextLength)
        {
            await chat.SayAsync(chat.Text.Format("TextTooLong", message.Length, MaxTextLength), cancellationToken);
            return;
        }

        var (command, argument) = BotCommands.Parse(message);
        if (command is { PersonalOnly: true } && !chat.IsPersonal)
        {
            // Everyone in a team or group chat would read the answer: point to the personal chat, show nothing.
            await PersonalChatLink.PointAsync(chat, command, cancellationToken);
            return;
        }

        // A flow in progress belongs to the personal chat: text elsewhere never continues it there.
        var inFlow = chat.IsPersonal && chat.HasIdentity && await flows.CurrentAsync(turn, cancellationToken) is not null;

        // Inside a flow, typed answers win over commands unless the message is exactly a command's name:
        // a goal such as "pause less, plan more" must not pause the user.
        if (command is not null && (!inFlow || argument.Length == 0))
        {
            var handler = commands.FirstOrDefault(h => h.Command == command)
                ?? throw new InvalidOperationException($"No handler for the command {command.Name}.");
            await handler.HandleAsync(chat, argument, cancellationToken);
            return;
        }

        if (inFlow && await flows.TryContinueAsync(turn, new FlowInput(message, null), chat.TenantId, chat.UserObjectId, cancellationToken))
            return;

        await ReplyUnknownAsync(chat, BotCommands.Normalise(message), cancellationToken);
    }

    /// <summary>
    /// An <c>Action.Execute</c> press (invoke <c>adaptiveCard/action</c>): handled as a submission, answered with the
    /// card that replaces the pressed one, or, when the handler replaced nothing, with a message that leaves it as is.
    /// </summary>
    public async Task<AdaptiveCardInvokeResponse> OnCardInvokeAsync(ITurnContext turn, AdaptiveCardInvokeValue invoke, CancellationToken cancellationToken)
    {
        var chat = ChatTurn.From(turn);
        if (!TypedInput.TryClean(invoke.Action?.Data))
            return new AdaptiveCardInvokeResponse { StatusCode = 200, Type = "application/vnd.microsoft.activity.message", Value = chat.Text[TypedText.InvalidMessageKey] };
        var data = invoke.Action?.Data as JObject ?? TryParse(invoke.Action?.Data) ?? [];
        if (data[CardData.VerbField] is null && invoke.Action?.Verb is { Length: > 0 } verb)
            data[CardData.VerbField] = verb;
        await RouteCardAsync(chat, data, cancellationToken);
        return chat.ReplacementCard is { } card
            ? new AdaptiveCardInvokeResponse { StatusCode = 200, Type = AdaptiveCard.ContentType, Value = JObject.Parse(card.ToJsonString()) }
            : new AdaptiveCardInvokeResponse { StatusCode = 200, Type = "application/vnd.microsoft.activity.message", Value = chat.Text["CardActionDone"] };
    }

    private async Task OnCardAsync(ChatTurn chat, object value, CancellationToken cancellationToken)
    {
        await RouteCardAsync(chat, value as JObject ?? TryParse(value), cancellationToken);

        // An Action.Submit comes as a message replying to the card's message: that message is updated in place.
        if (chat.ReplacementCard is { } card && chat.Context.Activity.ReplyToId is { Length: > 0 } cardMessage)
        {
            var update = CardAttachment.Message(card);
            update.Id = cardMessage;
            await chat.Context.UpdateActivityAsync(update, cancellationToken);
        }
    }

    private async Task RouteCardAsync(ChatTurn chat, JObject? data, CancellationToken cancellationToken)
    {
        var verb = data?.Text(CardData.VerbField);
        if (data is null || verb is null)
        {
            await UnknownCardAsync(chat, verb, cancellationToken);
            return;
        }

        if (verb == FlowCards.FlowVerb)
        {
            if (!chat.HasIdentity || !await flows.TryContinueAsync(chat.Context, new FlowInput(null, data), chat.TenantId, chat.UserObjectId, cancellationToken))
                await chat.SayAsync(chat.Text["FlowEnded"], cancellationToken);
            return;
        }

        await cardActions.RouteAsync(chat, verb, data, cancellationToken);
    }

    private async Task UnknownCardAsync(ChatTurn chat, string? verb, CancellationToken cancellationToken)
    {
        LogUnknownCardAction(logger, verb ?? "(none)");
        await chat.SayAsync(chat.Text["UnknownCardAction"], cancellationToken);
    }

    private static Task ReplyUnknownAsync(ChatTurn chat, string message, CancellationToken cancellationToken)
    {
        // Echo a short, single-line excerpt so the user sees what was not understood without us replaying a wall of text.
        var excerpt = message.ReplaceLineEndings(" ");
        if (excerpt.Length > 60)
            excerpt = string.Concat(excerpt.AsSpan(0, 57), "...");
        return chat.SayAsync(excerpt.Length == 0 ? chat.Text["UnknownCommandEmpty"] : chat.Text.Format("UnknownCommand", Markdown.Literal(excerpt)), cancellationToken);
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

    [GeneratedRegex(@"^\s*(<at>[^<]{0,256}</at>\s*)+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingMentions();

    [LoggerMessage(Level = LogLevel.Information, Message = "Card submission with unknown verb {Verb} answered with a restart hint")]
    private static partial void LogUnknownCardAction(ILogger logger, string verb);
}
