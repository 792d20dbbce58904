using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Conversations.Actions;

namespace MentorBot.Dialogs.Conversations.Nudges;

/// <summary>
/// Keep going, pause or end, on the question sent to a pair that faded: a member of the pair answers their own
/// question. The pair may have ended since (their partner ended it): the answer already given is shown then.
/// </summary>
public sealed class FadedAnswerAction(FadedAnswers answers) : CardAction<FadedPress>
{
    public override string Verb => FadedCard.Verb;

    public override Access Requires(FadedPress payload) => Access.PairMember(payload.ProgrammeId, payload.PairId, mustBeActive: false);

    public override Task HandleAsync(CardPress<FadedPress> press, CancellationToken cancellationToken) => answers.AnswerAsync(press, cancellationToken);
}
