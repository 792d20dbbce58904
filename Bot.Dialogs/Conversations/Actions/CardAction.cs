namespace MentorBot.Dialogs.Conversations.Actions;

/// <summary>
/// A card verb with a typed payload (a record parsed strictly by <see cref="CardPayloads"/>): declares who may press
/// it, from the payload, and handles a press the gate has let through.
/// </summary>
public abstract class CardAction<TPayload> : ICardAction
    where TPayload : class
{
    public abstract string Verb { get; }

    public Type PayloadType => typeof(TPayload);

    public virtual bool PersonalOnly => true;

    public abstract Access Requires(TPayload payload);

    public abstract Task HandleAsync(CardPress<TPayload> press, CancellationToken cancellationToken);

    Access ICardAction.Requires(object payload) => Requires((TPayload)payload);

    Task ICardAction.HandleAsync(ChatTurn turn, object payload, Grant grant, CancellationToken cancellationToken) =>
        HandleAsync(new CardPress<TPayload>(turn, (TPayload)payload, grant), cancellationToken);
}

/// <summary>A press that passed the gate: who pressed, what the card posted, and what the gate loaded.</summary>
public sealed record CardPress<TPayload>(ChatTurn Turn, TPayload Payload, Grant Grant)
{
    public Localization.Localizer Text => Turn.Text;
}
