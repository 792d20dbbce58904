using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Conversations.Actions;

namespace MentorBot.Dialogs.Conversations.Programmes;

/// <summary>The close confirmation: closes the programme if it is still as the lead saw it.</summary>
public sealed class ProgrammeCloseConfirmAction(ProgrammeAdmin admin) : CardAction<ProgrammeCloseConfirmAction.Press>
{
    public override string Verb => ProgrammeCloseCard.Verb;

    public override Access Requires(Press payload) => Access.LeadOf(payload.ProgrammeId);

    public override Task HandleAsync(CardPress<Press> press, CancellationToken cancellationToken) =>
        admin.CloseAsync(press.Turn, press.Payload.Version, (press.Grant.RequiredProgramme, press.Grant.ProgrammeVersion!), cancellationToken);

    public sealed record Press(string ProgrammeId, string? Version = null);
}
