using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Conversations.Actions;

namespace MentorBot.Dialogs.Conversations.Commands;

/// <summary>A leave card's confirmation: the presser leaves that programme (only a member who has not left already).</summary>
public sealed class LeaveAction(Membership membership) : CardAction<LeaveAction.Press>
{
    public override string Verb => LeaveCard.Verb;

    public override Access Requires(Press payload) => Access.MemberOf(payload.Programme, evenIfLeft: true);

    public override async Task HandleAsync(CardPress<Press> press, CancellationToken cancellationToken)
    {
        var turn = press.Turn;
        var left = await membership.LeaveAsync(turn, press.Payload.Programme, cancellationToken);
        if (left is null)
        {
            await turn.SayAsync(turn.Text["ProfileCardStale"], cancellationToken);
            return;
        }

        await turn.SayAsync(turn.Text.Format("LeftProgramme", Markdown.Literal(press.Grant.RequiredProgramme.Name)), cancellationToken);
    }

    public sealed record Press(string Programme);
}
