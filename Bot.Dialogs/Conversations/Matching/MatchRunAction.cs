using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Conversations.Actions;

namespace MentorBot.Dialogs.Conversations.Matching;

/// <summary>A programme picked on the match card (leads of several): runs the round for it.</summary>
public sealed class MatchRunAction(MatchCommand match) : CardAction<ProgrammeRef>
{
    public override string Verb => MatchPickCard.Verb;

    public override Access Requires(ProgrammeRef payload) => Access.LeadOf(payload.ProgrammeId);

    public override Task HandleAsync(CardPress<ProgrammeRef> press, CancellationToken cancellationToken) =>
        match.RunAsync(press.Turn, press.Grant.RequiredProgramme, cancellationToken);
}
