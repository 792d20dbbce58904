using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Conversations.Actions;

namespace MentorBot.Dialogs.Conversations.Digests;

/// <summary>
/// Message both or End and rematch on an at-risk row, and Back: rebuilds the pressed card in place, as the pair's
/// card (the message box, or the confirmation) or as the whole digest (or `at risk` card) again. Nothing is sent.
/// </summary>
public sealed class DigestShowAction(DigestRows rows) : CardAction<DigestPairPress>
{
    public override string Verb => DigestCard.ShowVerb;

    public override Access Requires(DigestPairPress payload) => Access.LeadOf(payload.ProgrammeId);

    public override Task HandleAsync(CardPress<DigestPairPress> press, CancellationToken cancellationToken) => press.Payload.Step switch
    {
        DigestCard.MessageStep => rows.ShowPairAsync(press, DigestPairStep.Message, cancellationToken),
        DigestCard.EndStep => rows.ShowPairAsync(press, DigestPairStep.End, cancellationToken),
        _ => rows.ShowAsync(press, null, cancellationToken),
    };
}
