using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Stores;

namespace MentorBot.Dialogs.Conversations.Commands;

/// <summary>`leave`: asks which programme to leave, with a confirmation button for each; leaving takes the button (<see cref="LeaveAction"/>).</summary>
public sealed class LeaveCommand(Membership membership, ProgrammeStore programmes) : ICommandHandler
{
    public BotCommand Command => BotCommands.Leave;

    public async Task HandleAsync(ChatTurn turn, string argument, CancellationToken cancellationToken)
    {
        var active = await membership.ActiveAsync(turn, cancellationToken);
        if (active.Count == 0)
        {
            await turn.SayAsync(turn.Text["ProfileNone"], cancellationToken);
            return;
        }

        var choices = new List<(string, string)>();
        foreach (var participant in active)
            choices.Add((participant.ProgrammeId, (await programmes.GetAsync(participant.ProgrammeId, cancellationToken))?.Name ?? participant.ProgrammeId));
        await turn.SayAsync(LeaveCard.Build(choices, turn.Text), cancellationToken);
    }
}
