using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Conversations.Scheduling;
using MentorBot.Dialogs.Domain.Nudges;
using MentorBot.Dialogs.Localization;
using MentorBot.Dialogs.Stores;

namespace MentorBot.Dialogs.Conversations.Nudges;

/// <summary>
/// Rebuilds a nudge card the recipient pressed, from what is stored (the pair, both people, the nudge), never from
/// the card: the programme, the partner's name, the quiet spell or the silent check-ins, and the viewer's clock.
/// </summary>
public sealed class NudgeViews(ParticipantStore participants, CheckInStore checkIns)
{
    public async Task<NudgeView> NoMeetingAsync(PairContext pair, Nudge nudge, Localizer text, CancellationToken cancellationToken)
    {
        var (partner, zone) = await PeopleAsync(pair, nudge, text, cancellationToken);
        return NudgeView.Of(nudge, pair.Pair, pair.Programme.Name, partner, zone);
    }

    public async Task<StayPauseLeaveView> StayPauseLeaveAsync(PairContext pair, Nudge nudge, Localizer text, CancellationToken cancellationToken)
    {
        var (partner, _) = await PeopleAsync(pair, nudge, text, cancellationToken);
        var theirs = await checkIns.ForPersonAsync(nudge.ProgrammeId, nudge.PairId, nudge.TenantId, nudge.UserObjectId, cancellationToken);
        return new StayPauseLeaveView(nudge, pair.Programme.Name, partner, PairSituation.UnansweredCheckIns(theirs, nudge)) { Answer = nudge.Response };
    }

    /// <summary>The recipient's time zone in the programme (UTC when unknown): where their dates are read.</summary>
    public async Task<string> TimeZoneOfAsync(string programmeId, string tenantId, string userObjectId, CancellationToken cancellationToken) =>
        (await participants.GetAsync(programmeId, tenantId, userObjectId, cancellationToken))?.WorkingHours?.TimeZone ?? "UTC";

    private async Task<(string Partner, string TimeZone)> PeopleAsync(PairContext pair, Nudge nudge, Localizer text, CancellationToken cancellationToken)
    {
        var other = await participants.GetAsync(pair.Programme.Id, pair.OtherTenantId, pair.OtherId, cancellationToken);
        var partner = other is null ? text[pair.ViewerIsMentor ? "ScheduleYourMentee" : "ScheduleYourMentor"] : PairSituation.NameOf(other, text);
        return (partner, await TimeZoneOfAsync(nudge.ProgrammeId, nudge.TenantId, nudge.UserObjectId, cancellationToken));
    }
}
