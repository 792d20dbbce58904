using MentorBot.Dialogs.Abstractions.Privacy;
using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Conversations.Flows;
using Microsoft.Bot.Builder;
using MentorBot.Dialogs.Conversations.Actions;

namespace MentorBot.Dialogs.Conversations.Commands;

/// <summary>
/// `delete my data`: after a confirmation, erases the user from every personal-data source and their
/// conversation state. Only anonymous aggregates (counts without ids) may remain.
/// </summary>
public sealed class DeleteMyDataCommand(IEnumerable<IPersonalDataSource> sources, FlowRunner flows, UserState userState) : CardAction<NoPayload>, ICommandHandler
{
    public BotCommand Command => BotCommands.DeleteMyData;

    public override string Verb => DeleteMyDataCard.Verb;

    public override Access Requires(NoPayload payload) => Access.Identified;

    public async Task HandleAsync(ChatTurn turn, string argument, CancellationToken cancellationToken)
    {
        if (!turn.HasIdentity)
        {
            await turn.SayAsync(turn.Text["NoIdentity"], cancellationToken);
            return;
        }

        await turn.SayAsync(DeleteMyDataCard.Build(turn.Text), cancellationToken);
    }

    public override async Task HandleAsync(CardPress<NoPayload> press, CancellationToken cancellationToken)
    {
        var turn = press.Turn;
        var erased = 0;
        foreach (var source in sources)
            erased += await source.EraseAsync(turn.TenantId, turn.UserObjectId, cancellationToken);
        await flows.CancelAsync(turn.Context, cancellationToken);

        // Deleting (not clearing) user state, so the end-of-turn save has nothing left to write back.
        await userState.DeleteAsync(turn.Context, cancellationToken);
        await turn.SayAsync(turn.Text.Format("DeleteDone", erased), cancellationToken);
    }
}
