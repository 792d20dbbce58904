using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Conversations.Actions;

namespace MentorBot.Dialogs.Conversations.Programmes;

/// <summary>Invite people on a programme card: the card to paste addresses into (<see cref="Invitations"/> sends).</summary>
public sealed class InviteAction : CardAction<ProgrammeRef>
{
    public override string Verb => ProgrammeCard.InviteVerb;

    public override Access Requires(ProgrammeRef payload) => Access.LeadOf(payload.ProgrammeId);

    public override Task HandleAsync(CardPress<ProgrammeRef> press, CancellationToken cancellationToken) =>
        press.Turn.SayAsync(InviteCard.Build(press.Grant.RequiredProgramme, press.Text), cancellationToken);
}
