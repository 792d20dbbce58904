using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Conversations.Actions;

namespace MentorBot.Dialogs.Conversations.Programmes;

/// <summary>
/// Save on the programme form: a new programme needs an organisation lead; an existing one a lead of it, in its own
/// organisation (so nobody edits a programme, or its organisations, that they do not lead).
/// </summary>
public sealed class ProgrammeSaveAction(ProgrammeAdmin admin) : CardAction<ProgrammeSave>
{
    public override string Verb => ProgrammeFormCard.SaveVerb;

    public override Access Requires(ProgrammeSave payload) =>
        string.IsNullOrEmpty(payload.ProgrammeId) ? Access.ProgrammeCreator : Access.LeadOf(payload.ProgrammeId);

    public override Task HandleAsync(CardPress<ProgrammeSave> press, CancellationToken cancellationToken) =>
        admin.SaveAsync(
            press.Turn,
            press.Payload,
            press.Grant.Programme is { } programme ? (programme, press.Grant.ProgrammeVersion!) : null,
            cancellationToken);
}
