using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Conversations.Actions;
using MentorBot.Dialogs.Domain.Programmes;

namespace MentorBot.Dialogs.Conversations.Matching;

/// <summary>
/// "Form these circles" on the lead's circle preview, for a lead of the open programme. A preview that no longer
/// shows what the programme would form is refused (run match again), and a second press forms nothing more. The
/// pressed card then shows the circles as formed.
/// </summary>
public sealed class CircleFormAction(CircleFormation formation) : CardAction<CircleFormAction.Press>
{
    public override string Verb => CirclePreviewCard.FormVerb;

    public override Access Requires(Press payload) => Access.LeadOf(payload.ProgrammeId);

    public override async Task HandleAsync(CardPress<Press> press, CancellationToken cancellationToken)
    {
        var (turn, programme) = (press.Turn, press.Grant.RequiredProgramme);
        if (programme.Type != ProgrammeType.Circle)
        {
            await turn.SayAsync(turn.Text["CirclesStale"], cancellationToken);
            return;
        }

        var (result, view) = await formation.FormAsync(programme, press.Payload.Plan ?? string.Empty, cancellationToken);
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

    /// <summary>The programme and the fingerprint of the plan the preview showed.</summary>
    public sealed record Press(string ProgrammeId, string? Plan = null);
}
