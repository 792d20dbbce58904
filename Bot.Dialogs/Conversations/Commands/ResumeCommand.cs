namespace MentorBot.Dialogs.Conversations.Commands;

/// <summary>`resume`: ends a pause early.</summary>
public sealed class ResumeCommand(Membership membership) : ICommandHandler
{
    public BotCommand Command => BotCommands.Resume;

    public async Task HandleAsync(ChatTurn turn, string argument, CancellationToken cancellationToken)
    {
        var resumed = await membership.ResumeAsync(turn, cancellationToken);
        await turn.SayAsync(turn.Text[resumed == 0 ? "NothingPaused" : "Resumed"], cancellationToken);
    }
}
