using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Conversations.Programmes;
using MentorBot.Dialogs.Domain.Programmes;
using Newtonsoft.Json.Linq;

namespace MentorBot.Dialogs.Conversations.Matching;

/// <summary>
/// "Form these circles" on the lead's circle preview. Only a lead of the open programme may press it; a preview that
/// no longer shows what the programme would form is refused (run match again), and a second press forms nothing more.
/// The pressed card then shows the circles as formed.
/// </summary>
public sealed class CircleFormAction(LeadAccess access, CircleFormation formation) : ICardActionHandler
{
    public IReadOnlyCollection<string> Verbs => [CirclePreviewCard.FormVerb];

    public async Task HandleAsync(ChatTurn turn, string verb, JObject data, CancellationToken cancellationToken)
    {
        if (await access.OpenProgrammeAsync(turn, data.Text(CardData.ProgrammeIdField), cancellationToken) is not { } programme)
            return;
        if (programme.Type != ProgrammeType.Circle)
        {
            await turn.SayAsync(turn.Text["CirclesStale"], cancellationToken);
            return;
        }

        var (result, view) = await formation.FormAsync(programme, data.Text(CirclePreviewCard.PlanField) ?? string.Empty, cancellationToken);
        switch (result)
        {
            case CircleFormation.Result.Stale:
                await turn.SayAsync(turn.Text["CirclesStale"], cancellationToken);
                return;
            case CircleFormation.Result.AlreadyFormed:
                await turn.SayAsync(turn.Text["CirclesAlreadyFormed"], cancellationToken);
                break;
            default:
                await turn.SayAsync(turn.Text.Format("CirclesFormed", view.Plan.Circles.Count, view.Plan.Circles.Sum(c => c.Members.Count)), cancellationToken);
                break;
        }

        turn.ReplaceCard(CirclePreviewCard.Build(programme, view, turn.Text));
    }
}
