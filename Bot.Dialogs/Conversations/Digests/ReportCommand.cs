using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Domain.Digests;

namespace MentorBot.Dialogs.Conversations.Digests;

/// <summary>
/// `report` / `rapport` [programme name]: the investment case of each programme the lead leads, one card each, read
/// by partition like the digest; anyone else is told only leads can (see <see cref="LeadProgrammes"/>).
/// </summary>
public sealed class ReportCommand(LeadProgrammes programmes, DigestReader reader, TimeProvider time) : ICommandHandler
{
    public BotCommand Command => BotCommands.Report;

    public async Task HandleAsync(ChatTurn turn, string argument, CancellationToken cancellationToken)
    {
        foreach (var programme in await programmes.ChooseAsync(turn, argument, cancellationToken))
        {
            var report = InvestmentCase.Of(await reader.ReadAsync(programme, cancellationToken), time.GetUtcNow());
            await turn.SayAsync(ReportCard.Build(report, turn.Text), cancellationToken);
        }
    }
}
