using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Domain.Programmes;

namespace MentorBot.Dialogs.Conversations.Scheduling;

/// <summary>
/// An active pair as seen by one of its two people (the viewer), with its programme. <see cref="Version"/> is the
/// stored version when the pair was read to be changed (a booking saves against it); empty when it was only listed.
/// </summary>
public sealed record PairContext(Programme Programme, Pair Pair, string Version, string ViewerId)
{
    public bool ViewerIsMentor => string.Equals(Pair.MentorId, ViewerId, StringComparison.OrdinalIgnoreCase);

    public string OtherId => ViewerIsMentor ? Pair.MenteeId : Pair.MentorId;

    public string OtherTenantId => ViewerIsMentor ? Pair.MenteeTenantId : Pair.MentorTenantId;

    /// <summary>Cross-organisation pairs: no single tenant's calendar service can read both calendars.</summary>
    public bool SpansTenants => !string.Equals(Pair.MenteeTenantId, Pair.MentorTenantId, StringComparison.OrdinalIgnoreCase);
}
