using System.Collections.Concurrent;
using MentorBot.Dialogs.Abstractions.Directory;
using MentorBot.Dialogs.Domain.Participants;

namespace MentorBot.Dialogs.Conversations.Nudges;

/// <summary>
/// A lead's working hours for their escalations, when the lead is not in the programme (a member's come from
/// onboarding): from the directory (Graph's mailbox settings when configured), remembered for <see cref="Remembered"/>
/// so a dispatch every 15 minutes does not ask Graph each time. Unknown or unusable hours are remembered too, as none:
/// the rules then use UTC business hours.
/// </summary>
public sealed class LeadHours(IDirectory directory, TimeProvider time)
{
    public static readonly TimeSpan Remembered = TimeSpan.FromHours(12);

    private readonly ConcurrentDictionary<(string Tenant, string Lead), (WorkingHours? Hours, DateTimeOffset Until)> _known = new();

    public async Task<WorkingHours?> OfAsync(string tenantId, string leadObjectId, CancellationToken cancellationToken)
    {
        var key = (tenantId.ToLowerInvariant(), leadObjectId.ToLowerInvariant());
        var now = time.GetUtcNow();
        if (_known.TryGetValue(key, out var known) && known.Until > now)
            return known.Hours;
        var hours = Usable(await directory.FindAsync(tenantId, leadObjectId, cancellationToken));
        _known[key] = (hours, now + Remembered);
        return hours;
    }

    private static WorkingHours? Usable(DirectoryProfile? profile)
    {
        if (profile is not { WorkStart: { } start, WorkEnd: { } end, WorkDays: { Count: > 0 } days, TimeZone: { Length: > 0 } zone })
            return null;
        var hours = new WorkingHours(start, end, days, zone);
        return hours.Check().Any() ? null : hours;
    }
}
