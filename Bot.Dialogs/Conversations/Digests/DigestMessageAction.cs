using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Conversations.Actions;
using MentorBot.Dialogs.Conversations.Nudges;
using MentorBot.Dialogs.Domain.Nudges;

namespace MentorBot.Dialogs.Conversations.Digests;

/// <summary>
/// Message both, on a digest's at-risk row: the lead's short text to both people (<see cref="LeadMessages"/>), checked
/// first, then sent once per quiet spell, lead and text, however often it is pressed.
/// </summary>
public sealed class DigestMessageAction(DigestRows rows, LeadMessages messages, TimeProvider time) : CardAction<DigestPairPress>
{
    public override string Verb => DigestCard.MessageVerb;

    public override Access Requires(DigestPairPress payload) => Access.LeadOf(payload.ProgrammeId);

    public override async Task HandleAsync(CardPress<DigestPairPress> press, CancellationToken cancellationToken)
    {
        var (message, refusal) = LeadMessages.Check(press.Payload.Message, press.Text);
        if (refusal is not null)
        {
            await press.Turn.SayAsync(refusal, cancellationToken);
            return;
        }

        var now = time.GetUtcNow();
        if (await rows.OpenAsync(press, activeOnly: true, cancellationToken) is not { } situation)
            return;

        await messages.SendAsync(press.Turn, situation, NudgePeriod.FromDigest(NudgeAgain.QuietSince(situation, now)), message!, cancellationToken);
        var (mentee, mentor) = (PersonFacts.LiteralName(situation.Mentee, press.Text), PersonFacts.LiteralName(situation.Mentor, press.Text));
        await rows.ShowAsync(press, press.Text.Format("EscalationMessageSent", mentee, mentor), cancellationToken);
    }
}
