using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Conversations.Scheduling;
using MentorBot.Dialogs.Domain.CheckIns;
using MentorBot.Dialogs.Stores;

namespace MentorBot.Dialogs.Conversations.CheckIns;

/// <summary>What a check-in card shows besides the check-in: the programme, the partner's name, the viewer's clock, the next meeting.</summary>
public sealed class CheckInViews(ParticipantStore participants, TimeProvider time)
{
    public async Task<CheckInView> ForAsync(PairContext pair, CheckIn checkIn, Localization.Localizer text, CancellationToken cancellationToken)
    {
        var other = await participants.GetAsync(pair.Programme.Id, pair.OtherTenantId, pair.OtherId, cancellationToken);
        var viewer = await participants.GetAsync(pair.Programme.Id, checkIn.TenantId, checkIn.UserObjectId, cancellationToken);
        var next = pair.Pair.NextMeeting is { } meeting && meeting.IsUpcoming(time.GetUtcNow()) ? meeting.Range : (Domain.Scheduling.TimeRange?)null;
        return new CheckInView(checkIn, pair.Programme.Name, other?.DisplayName is { Length: > 0 } name ? name : text["PersonUnnamed"], viewer?.WorkingHours?.TimeZone ?? "UTC") { NextMeeting = next };
    }
}
