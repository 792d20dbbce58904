using MentorBot.Dialogs.Conversations.Flows;

namespace MentorBot.Dialogs.Conversations.Commands;

/// <summary>`restart`: the flow in progress starts over from its first question.</summary>
public sealed class RestartCommand(FlowRunner flows) : ICommandHandler
{
    public BotCommand Command => BotCommands.Restart;

    public async Task HandleAsync(ChatTurn turn, string argument, CancellationToken cancellationToken)
    {
        if (!turn.HasIdentity || !await flows.RestartAsync(turn.Context, turn.TenantId, turn.UserObjectId, cancellationToken))
            await turn.SayAsync(turn.Text["NothingToRestart"], cancellationToken);
    }
}
