using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Stores;
using Newtonsoft.Json.Linq;

namespace MentorBot.Dialogs.Conversations.Matching;

/// <summary>
/// A mentee's pick on their choice card: it becomes an offer to that mentor. Only a mentee of the programme without
/// a mentor or a pending offer may pick, and only a mentor still among their suggestions; otherwise they are told
/// and shown their current options.
/// </summary>
public sealed class MentorChoiceAction(ProgrammeStore programmes, Matchmaking matchmaking) : ICardActionHandler
{
    public IReadOnlyCollection<string> Verbs => [MentorChoiceCard.Verb];

    public async Task HandleAsync(ChatTurn turn, string verb, JObject data, CancellationToken cancellationToken)
    {
        var id = data.Text(CardData.ProgrammeIdField);
        var mentorId = data.Text(MentorChoiceCard.MentorField);
        var programme = id is null ? null : await programmes.GetAsync(id, cancellationToken);
        if (programme is null || mentorId is null || !turn.HasIdentity)
        {
            await turn.SayAsync(turn.Text["ProgrammeUnknown"], cancellationToken);
            return;
        }

        if (!programme.IsOpen)
        {
            await turn.SayAsync(turn.Text.Format("ProgrammeIsClosed", Markdown.Literal(programme.Name)), cancellationToken);
            return;
        }

        var outcome = await matchmaking.ChooseAsync(programme, turn.UserObjectId, mentorId, cancellationToken);
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
