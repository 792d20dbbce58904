namespace MentorBot.Dialogs.Conversations;

/// <summary>Handles one text command of the personal chat.</summary>
public interface ICommandHandler
{
    BotCommand Command { get; }

    Task HandleAsync(ChatTurn turn, string argument, CancellationToken cancellationToken);
}
