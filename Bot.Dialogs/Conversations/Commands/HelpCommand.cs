using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Conversations.Flows;

namespace MentorBot.Dialogs.Conversations.Commands;

public sealed class HelpCommand(FlowRunner flows) : ICommandHandler
{
    public BotCommand Command => BotCommands.Help;

    public async Task HandleAsync(ChatTurn turn, string argument, CancellationToken cancellationToken)
    {
        await turn.SayAsync(HelpCard.Build(turn.Text, BotCommands.All), cancellationToken);

        // Help in the middle of a flow: show where they were, so they can carry on (in their personal chat only).
        if (turn.HasIdentity && turn.IsPersonal)
            await flows.RepromptAsync(turn.Context, turn.TenantId, turn.UserObjectId, cancellationToken);
    }
}
