using MentorBot.Dialogs.Cards;

namespace MentorBot.Dialogs.Conversations.Commands;

/// <summary>`pause 2027-01-15` (or `pause` and a date picker): no nudges, check-ins or matches until then.</summary>
public sealed class PauseCommand(Membership membership) : ICommandHandler
{
    public BotCommand Command => BotCommands.Pause;

    public async Task HandleAsync(ChatTurn turn, string argument, CancellationToken cancellationToken)
    {
        if (argument.Length == 0)
        {
            if ((await membership.ActiveAsync(turn, cancellationToken)).Count == 0)
            {
                await turn.SayAsync(turn.Text["ProfileNone"], cancellationToken);
                return;
            }

            await turn.SayAsync(PauseCard.Build(turn.Text), cancellationToken);
            return;
        }

        await PauseAsync(turn, argument, cancellationToken);
    }

    /// <summary>Pauses every membership until the date given (typed, or from the pause card's date picker).</summary>
    public async Task PauseAsync(ChatTurn turn, string? value, CancellationToken cancellationToken)
    {
        if (!Membership.TryParseDate(value, turn.Text.Culture, out var until))
        {
            await turn.SayAsync(turn.Text.Format("ErrorDateFormat", Membership.MaxPauseDays), cancellationToken);
            return;
        }

        var problem = membership.CheckPauseDate(until);
        if (problem is not null)
        {
            await turn.SayAsync(turn.Text.Format(problem, Membership.MaxPauseDays), cancellationToken);
            return;
        }

        var paused = await membership.PauseAsync(turn, until, cancellationToken);
        await turn.SayAsync(paused == 0 ? turn.Text["ProfileNone"] : turn.Text.Format("PausedUntil", until.ToString("D", turn.Text.Culture)), cancellationToken);
    }
}
