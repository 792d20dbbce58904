using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Conversations.Actions;

namespace MentorBot.Dialogs.Conversations.Programmes;

/// <summary>Edit on a programme card: the form, filled in, carrying the version the lead starts from.</summary>
public sealed class ProgrammeEditAction(ProgrammeAdmin admin) : CardAction<ProgrammeRef>
{
    public override string Verb => ProgrammeCard.EditVerb;

    public override Access Requires(ProgrammeRef payload) => Access.LeadOf(payload.ProgrammeId);

    public override Task HandleAsync(CardPress<ProgrammeRef> press, CancellationToken cancellationToken) =>
        admin.EditAsync(press.Turn, press.Grant.RequiredProgramme, press.Grant.ProgrammeVersion, cancellationToken);
}
