using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Conversations.Actions;
using MentorBot.Dialogs.Domain;
using MentorBot.Dialogs.Domain.Surveys;
using MentorBot.Dialogs.Localization;
using MentorBot.Dialogs.Stores;

namespace MentorBot.Dialogs.Conversations.Surveys;

/// <summary>
/// Answering a survey. The survey is always the presser's own (looked up by who pressed, not by the card), so a card
/// pressed by someone else finds only theirs. A survey of a pair that has ended takes no answer; a wrong input
/// re-shows the card with what is wrong, and nothing is stored; the first answer stands (a second press or device is
/// told it is recorded). Once recorded, the card becomes the person's own change against their baseline, a baseline
/// given with the answer is kept on their profile too, and an end-survey choice does what it decides (<see cref="CycleEnd"/>).
/// </summary>
public sealed class SurveyAnswers(SurveyStore surveys, ParticipantStore participants, SurveyViews views, CycleEnd cycle, TimeProvider time)
{
    public async Task AnswerAsync(CardPress<SurveyPress> press, CancellationToken cancellationToken)
    {
        var (turn, pair, payload) = (press.Turn, press.Grant.RequiredPair, press.Payload);
        var found = payload.Kind is { } kind
            ? await surveys.GetVersionedAsync(payload.ProgrammeId, payload.PairId, turn.TenantId, turn.UserObjectId, kind, cancellationToken)
            : null;
        if (found is not var (survey, version))
        {
            await turn.SayAsync(turn.Text["SurveyUnknown"], cancellationToken);
            return;
        }

        if (survey.IsAnswered)
        {
            await AlreadyRecordedAsync(press, survey, cancellationToken);
            return;
        }

        if (!pair.Pair.IsActive)
        {
            await turn.SayAsync(turn.Text["SurveyPairEnded"], cancellationToken);
            return;
        }

        var (answer, baseline, error) = payload.ToAnswer(survey);
        if (answer is null)
        {
            var view = await views.ForAsync(pair, survey, turn.Text, cancellationToken);
            turn.ReplaceCard(SurveyCard.Build(view with { Notice = Notice(error!, turn.Text) }, turn.Text));
            return;
        }

        var recorded = SurveyAnswering.Record(survey, answer, baseline, time.GetUtcNow()).Value;
        if (!await surveys.TrySaveAsync(recorded, version, cancellationToken))
        {
            // Another press saved first: whatever it recorded stands, and this one is shown it.
            var latest = await surveys.GetVersionedAsync(survey.ProgrammeId, survey.PairId, survey.TenantId, survey.UserObjectId, survey.Kind, cancellationToken);
            await AlreadyRecordedAsync(press, latest?.Row ?? survey, cancellationToken);
            return;
        }

        turn.ReplaceCard(SurveyCard.Build(await views.ForAsync(pair, recorded, turn.Text, cancellationToken), turn.Text));
        await FinishAsync(press, recorded, cancellationToken);
    }

    private async Task AlreadyRecordedAsync(CardPress<SurveyPress> press, Domain.Surveys.Survey survey, CancellationToken cancellationToken)
    {
        await press.Turn.SayAsync(press.Text["SurveyAlreadyRecorded"], cancellationToken);
        if (survey.IsAnswered)
        {
            press.Turn.ReplaceCard(SurveyCard.Build(await views.ForAsync(press.Grant.RequiredPair, survey, press.Text, cancellationToken), press.Text));
            await FinishAsync(press, survey, cancellationToken);
        }
    }

    // What follows a recorded answer; run again on a repeated press, so a stop half-way is finished then.
    private async Task FinishAsync(CardPress<SurveyPress> press, Domain.Surveys.Survey survey, CancellationToken cancellationToken)
    {
        if (survey.Baseline is { } baseline)
        {
            await participants.ChangeAsync(survey.ProgrammeId, survey.TenantId, survey.UserObjectId,
                p => p.Baseline is null ? p with { Baseline = baseline } : null, cancellationToken);
        }

        await cycle.AfterAnswerAsync(press.Grant.RequiredPair, survey, cancellationToken);
    }

    // The message names the question that is wrong, in the viewer's words (our own labels: nothing to escape).
    private static (string, object[]) Notice(ValidationError error, Localizer text)
    {
        var label = error.Field.StartsWith(SurveyAnswering.BaselinePrefix, StringComparison.Ordinal)
            ? text.Format("SurveyBaselineQuestion", text[error.Field[SurveyAnswering.BaselinePrefix.Length..]])
            : text[error.Field];
        return (error.MessageKey, [label, .. error.Arguments]);
    }
}
