using MentorBot.Dialogs.Abstractions.Exports;
using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Conversations.Digests;
using MentorBot.Dialogs.Domain.Programmes;

namespace MentorBot.Dialogs.Conversations.Exports;

/// <summary>
/// `export` for leads: answers with short-lived links to a programme's CSV files (see <see cref="IExportLinks"/>). The
/// programme is the one named, else the only open one they lead, else the only one; with several, the lead is told
/// their names. Closed programmes can be exported too: the figures of a finished programme are what management asks for.
/// </summary>
public sealed class ExportCommand(LeadProgrammes programmes, IExportLinks links) : ICommandHandler
{
    public BotCommand Command => BotCommands.Export;

    public async Task HandleAsync(ChatTurn turn, string argument, CancellationToken cancellationToken)
    {
        var mine = await programmes.LedByAsync(turn, cancellationToken);
        if (mine.Count == 0)
        {
            await turn.SayAsync(turn.Text[programmes.MayLead(turn) ? "ExportNoProgramme" : "LeadsOnly"], cancellationToken);
            return;
        }

        var chosen = Choose(mine, argument);
        if (chosen is not null)
        {
            var exported = links.For(chosen, turn.TenantId, turn.UserObjectId);
            await turn.SayAsync(ExportCard.Build(chosen.Name, exported, chosen.MinAnswers, turn.Text), cancellationToken);
        }
        else if (argument.Length > 0)
        {
            await turn.SayAsync(turn.Text.Format("ExportProgrammeNotFound", Markdown.Literal(argument)), cancellationToken);
        }
        else
        {
            var names = mine.Select(p => p.Name.Trim()).Order(StringComparer.CurrentCultureIgnoreCase).ToList();
            await turn.SayAsync(turn.Text.Format("ExportWhichProgramme", string.Join(", ", names.Select(Markdown.Literal)), Markdown.Literal(names[0])), cancellationToken);
        }
    }

    private static Programme? Choose(IReadOnlyList<Programme> mine, string argument)
    {
        if (argument.Length > 0)
        {
            var named = mine.Where(p => string.Equals(p.Name.Trim(), argument, StringComparison.OrdinalIgnoreCase)).ToList();
            return named.Count == 0 ? null : named.FirstOrDefault(p => p.IsOpen) ?? named[0];
        }

        var open = mine.Where(p => p.IsOpen).ToList();
        return open.Count == 1 ? open[0] : mine.Count == 1 ? mine[0] : null;
    }
}
