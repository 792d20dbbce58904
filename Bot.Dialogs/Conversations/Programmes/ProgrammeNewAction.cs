using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Conversations.Actions;

namespace MentorBot.Dialogs.Conversations.Programmes;

/// <summary>New programme on the programmes card: the empty form, for an organisation lead.</summary>
public sealed class ProgrammeNewAction(ProgrammeAdmin admin) : CardAction<NoPayload>
{
    public override string Verb => NewProgrammeCard.Verb;

    public override Access Requires(NoPayload payload) => Access.ProgrammeCreator;

    public override Task HandleAsync(CardPress<NoPayload> press, CancellationToken cancellationToken) => admin.NewAsync(press.Turn, cancellationToken);
}
