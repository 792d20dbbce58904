using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Conversations.Actions;

namespace MentorBot.Dialogs.Conversations.Commands;

/// <summary>The pause card's button: pauses the presser's own memberships until the date picked.</summary>
public sealed class PauseAction(PauseCommand pause) : CardAction<PauseAction.Press>
{
    public override string Verb => PauseCard.Verb;

    public override Access Requires(Press payload) => Access.Identified;

    public override Task HandleAsync(CardPress<Press> press, CancellationToken cancellationToken) =>
        pause.PauseAsync(press.Turn, press.Payload.Until, cancellationToken);

    public sealed record Press(string? Until = null);
}
