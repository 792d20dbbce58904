using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Conversations.Actions;

namespace MentorBot.Dialogs.Conversations.Matching;

/// <summary>
/// A mentee's pick on their choice card: it becomes an offer to that mentor. The gate lets through only a mentee of
/// the open programme; the round decides whether that mentor is still among their suggestions (and whether they
/// already have a mentor or an offer); otherwise they are told and shown their current options.
/// </summary>
public sealed class MentorChoiceAction(Matchmaking matchmaking) : CardAction<MentorChoice>
{
    public override string Verb => MentorChoiceCard.Verb;

    public override Access Requires(MentorChoice payload) => Access.ChoosingMentee(payload.ProgrammeId);

    public override async Task HandleAsync(CardPress<MentorChoice> press, CancellationToken cancellationToken)
    {
        var (turn, programme) = (press.Turn, press.Grant.RequiredProgramme);
        var outcome = await matchmaking.ChooseAsync(programme, turn.UserObjectId, press.Payload.MentorId, cancellationToken);
        if (outcome.Chosen)
        {
            await turn.SayAsync(turn.Text["ChoiceSent"], cancellationToken);
            turn.ReplaceCard(AdaptiveCard.Create([AdaptiveCard.Text(turn.Text["ChoiceSent"])]));
            return;
        }

        if (outcome.Options.Count == 0)
        {
            await turn.SayAsync(turn.Text["ChoiceNotOpen"], cancellationToken);
            return;
        }

        await turn.SayAsync(turn.Text["ChoiceNoLongerAvailable"], cancellationToken);
        turn.ReplaceCard(MentorChoiceCard.Build(programme, outcome.Options, turn.Text));
    }
}
