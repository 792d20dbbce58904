using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Conversations.Actions;

namespace MentorBot.Dialogs.Conversations.Surveys;

/// <summary>
/// Send on a survey card: a member of the pair records their own answer. The pair may have ended (or the programme
/// closed, whose pairs answer the end survey before they end): the gate lets the member through, and the answer says
/// what became of the pair.
/// </summary>
public sealed class SurveyAnswerAction(SurveyAnswers answers) : CardAction<SurveyPress>
{
    public override string Verb => SurveyCard.AnswerVerb;

    public override Access Requires(SurveyPress payload) => Access.PairMember(payload.ProgrammeId, payload.PairId, mustBeActive: false);

    public override Task HandleAsync(CardPress<SurveyPress> press, CancellationToken cancellationToken) => answers.AnswerAsync(press, cancellationToken);
}
