using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Conversations.Scheduling;
using MentorBot.Dialogs.Stores;

namespace MentorBot.Dialogs.Conversations.Surveys;

/// <summary>
/// `feedback` / `mon avis`: the person's open surveys (recorded for them, not yet answered), one card each, whatever
/// flow they are in; a survey is opened, never created here (the schedule decides when one is due). Programmes that
/// have closed still count: their pairs answer the end survey before they end.
/// </summary>
public sealed class FeedbackCommand(ParticipantStore participants, ProgrammeStore programmes, PairStore pairs, SurveyStore surveys, SurveyViews views) : ICommandHandler
{
    public BotCommand Command => BotCommands.Feedback;

    public async Task HandleAsync(ChatTurn turn, string argument, CancellationToken cancellationToken)
    {
        var shown = 0;
        if (turn.HasIdentity)
        {
            foreach (var membership in await participants.ForUserAsync(turn.TenantId, turn.UserObjectId, cancellationToken))
            {
                if (await programmes.GetAsync(membership.ProgrammeId, cancellationToken) is not { } programme)
                    continue;
                foreach (var pair in await pairs.InProgrammeAsync(programme.Id, cancellationToken))
                {
                    if (!pair.IsActive || !pair.Involves(turn.UserObjectId))
                        continue;
                    var context = new PairContext(programme, pair, string.Empty, turn.UserObjectId);
                    var mine = await surveys.ForPersonAsync(programme.Id, pair.Id, turn.TenantId, turn.UserObjectId, cancellationToken);
                    foreach (var survey in mine.Where(s => !s.IsAnswered).OrderBy(s => s.DueAt))
                    {
                        await turn.SayAsync(SurveyCard.Build(await views.ForAsync(context, survey, turn.Text, cancellationToken), turn.Text), cancellationToken);
                        shown++;
                    }
                }
            }
        }

        if (shown == 0)
            await turn.SayAsync(turn.Text["SurveyNoneOpen"], cancellationToken);
    }
}
