using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Conversations.Flows;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;

namespace MentorBot.Dialogs.Conversations.Actions;

/// <summary>
/// Every card press that is not a flow step comes through here: its verb names one registered action, its payload
/// is parsed once into the action's record, the action's declared access is checked by the gate, and only then does
/// the action run. A verb with no action, a payload that does not parse or a refused press gets a message in the
/// presser's language and changes nothing.
/// </summary>
public sealed partial class CardActionRouter
{
    private readonly Dictionary<string, ICardAction> _actions;
    private readonly AccessGate _gate;
    private readonly ILogger<CardActionRouter> _logger;

    public CardActionRouter(IEnumerable<ICardAction> actions, AccessGate gate, ILogger<CardActionRouter> logger)
    {
        _gate = gate;
        _logger = logger;
        _actions = new Dictionary<string, ICardAction>(StringComparer.Ordinal);
        foreach (var action in actions)
        {
            if (!_actions.TryAdd(action.Verb, action))
                throw new InvalidOperationException($"The card verb '{action.Verb}' has two actions: {_actions[action.Verb].GetType().Name} and {action.GetType().Name}.");
        }

        var missing = CardVerbs.Declared().Where(v => v != FlowCards.FlowVerb && !_actions.ContainsKey(v)).ToList();
        if (missing.Count > 0)
            throw new InvalidOperationException($"Card verbs without an action: {string.Join(", ", missing)}.");
    }

    /// <summary>The registered actions, by verb: what the authorisation tests are built from.</summary>
    public IReadOnlyDictionary<string, ICardAction> Actions => _actions;

    public async Task RouteAsync(ChatTurn turn, string verb, JObject data, CancellationToken cancellationToken)
    {
        if (!_actions.TryGetValue(verb, out var action))
        {
            LogUnknown(_logger, verb);
            await turn.SayAsync(turn.Text["UnknownCardAction"], cancellationToken);
            return;
        }

        if (action.PersonalOnly && !turn.IsPersonal)
        {
            var link = PersonalChatLink.To(turn.Context.Activity.Recipient);
            await turn.SayAsync(link is null ? turn.Text["ActionPersonalChatOnlyNoLink"] : turn.Text.Format("ActionPersonalChatOnly", link), cancellationToken);
            return;
        }

        if (!CardPayloads.TryParse(action.PayloadType, data, out var payload))
        {
            LogUnparsed(_logger, verb);
            await turn.SayAsync(turn.Text["UnknownCardAction"], cancellationToken);
            return;
        }

        var (grant, refusal) = await _gate.CheckAsync(turn, action.Requires(payload!), cancellationToken);
        if (grant is null)
        {
            LogRefused(_logger, verb, refusal!.MessageKey);
            await turn.SayAsync(turn.Text.Format(refusal.MessageKey, refusal.Arguments), cancellationToken);
            return;
        }

        await action.HandleAsync(turn, payload!, grant, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Card press with unknown verb {Verb} answered with a restart hint")]
    private static partial void LogUnknown(ILogger logger, string verb);

    [LoggerMessage(Level = LogLevel.Information, Message = "Card press {Verb} whose payload does not parse was refused")]
    private static partial void LogUnparsed(ILogger logger, string verb);

    [LoggerMessage(Level = LogLevel.Information, Message = "Card press {Verb} refused by the gate: {Refusal}")]
    private static partial void LogRefused(ILogger logger, string verb, string refusal);
}
