using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Conversations.Actions;

namespace MentorBot.Dialogs.Conversations.Programmes;

/// <summary>Close on a programme card: asks for a confirmation, which carries the version the lead saw.</summary>
public sealed class ProgrammeCloseAction : CardAction<ProgrammeRef>
{
    public override string Verb => ProgrammeCard.CloseVerb;

    public override Access Requires(ProgrammeRef payload) => Access.LeadOf(payload.ProgrammeId);

    public override Task HandleAsync(CardPress<ProgrammeRef> press, CancellationToken cancellationToken) =>
        press.Turn.SayAsync(ProgrammeCloseCard.Build(press.Grant.RequiredProgramme, press.Grant.ProgrammeVersion!, press.Text), cancellationToken);
}
