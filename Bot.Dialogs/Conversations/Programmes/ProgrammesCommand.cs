using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Conversations.Actions;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Stores;

namespace MentorBot.Dialogs.Conversations.Programmes;

/// <summary>`programmes`: the programmes the lead runs, with counts and actions.</summary>
public sealed class ProgrammesCommand(ProgrammeStore programmes, ParticipantStore participants, LeadRoster leads, AccessGate gate) : ICommandHandler
{
    public BotCommand Command => BotCommands.Programmes;

    public async Task HandleAsync(ChatTurn turn, string argument, CancellationToken cancellationToken)
    {
        var canCreate = turn.HasIdentity && leads.CanCreateProgrammes(turn.TenantId, turn.UserObjectId);
        var mine = new List<Programme>();
        if (turn.HasIdentity)
        {
            await foreach (var p in programmes.ListAsync(cancellationToken))
            {
                // Only programmes of the lead's own organisation: an object id means nothing in another tenant.
                if (gate.IsLead(turn, p))
                    mine.Add(p);
            }
        }

        if (!canCreate && mine.Count == 0)
        {
            await turn.SayAsync(turn.Text["LeadsOnly"], cancellationToken);
            return;
        }

        if (mine.Count == 0)
            await turn.SayAsync(turn.Text["ProgrammesNone"], cancellationToken);
        foreach (var p in mine.OrderBy(p => p.Status).ThenBy(p => p.Name, StringComparer.CurrentCultureIgnoreCase))
            await turn.SayAsync(ProgrammeCard.Build(p, await participants.InProgrammeAsync(p.Id, cancellationToken), turn.Text), cancellationToken);
        if (canCreate)
            await turn.SayAsync(NewProgrammeCard.Build(turn.Text), cancellationToken);
    }
}
