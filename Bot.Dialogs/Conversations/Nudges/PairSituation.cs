using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Domain.CheckIns;
using MentorBot.Dialogs.Domain.Nudges;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Localization;

namespace MentorBot.Dialogs.Conversations.Nudges;

/// <summary>
/// One pair's <see cref="NudgeSituation"/> as a dispatch run read it, with what its cards need to say about the
/// people: names, each recipient's time zone, how long someone has been silent.
/// </summary>
public sealed record PairSituation(NudgeSituation Situation)
{
    public static string NameOf(Participant person, Localizer text) => PersonFacts.NameOf(person, text);

    /// <summary>The other person of the pair, as the recipient of <paramref name="nudge"/> would name them.</summary>
    public string PartnerNameOf(Nudge nudge, Localizer text) =>
        NameOf(Situation.Mentee.IsPerson(nudge.TenantId, nudge.UserObjectId) ? Situation.Mentor : Situation.Mentee, text);

    public string TimeZoneOf(Nudge nudge) => HoursOf(nudge)?.TimeZone ?? "UTC";

    public WorkingHours? HoursOf(Nudge nudge) =>
        nudge.ToLead ? Situation.LeadHours.GetValueOrDefault(nudge.UserObjectId)
        : Situation.Mentee.IsPerson(nudge.TenantId, nudge.UserObjectId) ? Situation.Mentee.WorkingHours
        : Situation.Mentor.WorkingHours;

    /// <summary>How many check-ins in a row the recipient has left unanswered, as the stay/pause/leave card says.</summary>
    public int UnansweredCheckIns(Nudge nudge) => UnansweredCheckIns(Situation.CheckIns, nudge);

    /// <summary>Of <paramref name="checkIns"/>, how many in a row the recipient of <paramref name="nudge"/> had left unanswered when it was sent.</summary>
    public static int UnansweredCheckIns(IEnumerable<CheckIn> checkIns, Nudge nudge) =>
        checkIns.Where(c => c.IsFor(nudge.TenantId, nudge.UserObjectId) && c.SentAt <= nudge.SentAt)
            .OrderByDescending(c => c.SentAt).TakeWhile(c => !c.AnsweredBy(nudge.SentAt)).Count();
}
