using MentorBot.Dialogs.Cards;

namespace MentorBot.Dialogs.Conversations.Commands;

/// <summary>`join`: the welcome card's choice of role again.</summary>
public sealed class JoinCommand : ICommandHandler
{
    public BotCommand Command => BotCommands.Join;

    public Task HandleAsync(ChatTurn turn, string argument, CancellationToken cancellationToken) =>
        turn.SayAsync(WelcomeCard.Build(turn.Text), cancellationToken);
}
