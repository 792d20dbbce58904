using MentorBot.Dialogs.Conversations.Flows;

namespace MentorBot.Dialogs.Conversations.Commands;

/// <summary>`cancel`: drops the flow in progress; nothing it collected is saved.</summary>
public sealed class CancelCommand(FlowRunner flows) : ICommandHandler
{
    public BotCommand Command => BotCommands.Cancel;

    public async Task HandleAsync(ChatTurn turn, string argument, CancellationToken cancellationToken)
    {
        var cancelled = turn.HasIdentity ? await flows.CancelAsync(turn.Context, cancellationToken) : null;
        await turn.SayAsync(turn.Text[cancelled is null ? "NothingToCancel" : "FlowCancelled"], cancellationToken);
    }
}
