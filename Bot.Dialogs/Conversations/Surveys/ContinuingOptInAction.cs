using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Conversations.Actions;
using MentorBot.Dialogs.Conversations.Nudges;
using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Stores;

namespace MentorBot.Dialogs.Conversations.Surveys;

/// <summary>
/// "Back to check-ins" on the card that told a pair it continues informally: a member of the pair asks the programme
/// to follow them again. The first person's press is remembered; the partner's makes check-ins and nudges resume.
/// The change goes through the pair's version, so two presses at once cannot both count as the first; a repeated
/// press shows where things stand and changes nothing.
/// </summary>
public sealed class ContinuingOptInAction(PairStore pairs, ParticipantStore participants, Notices notices) : CardAction<PairRef>
{
    public const string FollowedAgainWhat = "pairFollowedAgain";

    public override string Verb => ContinuingCard.Verb;

    public override Access Requires(PairRef payload) => Access.PairMember(payload.ProgrammeId, payload.PairId, mustBeActive: false);

    public override async Task HandleAsync(CardPress<PairRef> press, CancellationToken cancellationToken)
    {
        var (turn, pair) = (press.Turn, press.Grant.RequiredPair);
        var change = await pairs.ChangeAsync(pair.Programme.Id, pair.Pair.Id, p => p.OptBackIn(turn.UserObjectId), cancellationToken);
        var now = change.Record ?? pair.Pair;
        var other = await participants.GetAsync(pair.Programme.Id, pair.OtherTenantId, pair.OtherId, cancellationToken);
        var partner = other is null ? press.Text[pair.ViewerIsMentor ? "ScheduleYourMentee" : "ScheduleYourMentor"] : PairSituation.NameOf(other, press.Text);

        // The partner pressed first: they learn it worked, once, whatever happens to this card.
        if (change.IsSaved && now.IsFollowed)
            await notices.SendAsync(pair.OtherTenantId, pair.OtherId, FollowedAgainWhat, now.Id, text => (text["ContinuingFollowedAgain"], null), cancellationToken);

        turn.ReplaceCard(ContinuingCard.Build(new ContinuingView(pair.Programme.Id, now.Id, pair.Programme.Name, partner, StateOf(now, turn.UserObjectId)), press.Text));
    }

    private static ContinuingState StateOf(Pair pair, string viewer) => pair switch
    {
        { IsActive: false } => ContinuingState.Over,
        { IsFollowed: true } => ContinuingState.FollowedAgain,
        _ when pair.OptedBackIn.Contains(viewer, StringComparer.OrdinalIgnoreCase) => ContinuingState.WaitingForPartner,
        _ => ContinuingState.Continuing,
    };
}
