using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Stores;
using Newtonsoft.Json.Linq;

namespace MentorBot.Dialogs.Conversations.Commands;

/// <summary>`leave`: asks which programme to leave, with a confirmation button for each; leaving takes the button.</summary>
public sealed class LeaveCommand(Membership membership, ProgrammeStore programmes) : ICommandHandler, ICardActionHandler
{
    public BotCommand Command => BotCommands.Leave;

    public IReadOnlyCollection<string> Verbs => [LeaveCard.Verb];

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

    public async Task HandleAsync(ChatTurn turn, string verb, JObject data, CancellationToken cancellationToken)
    {
        var programmeId = data.Text(LeaveCard.ProgrammeField);
        var left = programmeId is null ? null : await membership.LeaveAsync(turn, programmeId, cancellationToken);
        if (left is null)
        {
            await turn.SayAsync(turn.Text["ProfileCardStale"], cancellationToken);
            return;
        }

        var name = (await programmes.GetAsync(left.ProgrammeId, cancellationToken))?.Name ?? left.ProgrammeId;
        await turn.SayAsync(turn.Text.Format("LeftProgramme", Markdown.Literal(name)), cancellationToken);
    }
}
