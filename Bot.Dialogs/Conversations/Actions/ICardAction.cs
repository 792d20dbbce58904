namespace MentorBot.Dialogs.Conversations.Actions;

/// <summary>
/// One card verb: its payload type, who may press it, and what it does. The router parses the payload once, asks
/// <see cref="AccessGate"/>, and only then runs the action. Implement through <see cref="CardAction{TPayload}"/>.
/// </summary>
public interface ICardAction
{
    string Verb { get; }

    Type PayloadType { get; }

    /// <summary>Personal data or personal actions: pressed anywhere but the personal chat, the user is pointed there.</summary>
    bool PersonalOnly { get; }

    Access Requires(object payload);

    Task HandleAsync(ChatTurn turn, object payload, Grant grant, CancellationToken cancellationToken);
}
