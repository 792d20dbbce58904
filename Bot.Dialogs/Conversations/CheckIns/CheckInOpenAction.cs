using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Conversations.Actions;

namespace MentorBot.Dialogs.Conversations.CheckIns;

/// <summary>A button of the `check in` pick card: that pair's check-in, for a member of the active pair.</summary>
public sealed class CheckInOpenAction(CheckInCommand command) : CardAction<PairRef>
{
    public override string Verb => CheckInCard.OpenVerb;

    public override Access Requires(PairRef payload) => Access.PairMember(payload.ProgrammeId, payload.PairId);

    public override Task HandleAsync(CardPress<PairRef> press, CancellationToken cancellationToken) =>
        command.OpenAsync(press.Turn, press.Grant.RequiredPair, cancellationToken);
}
