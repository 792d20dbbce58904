using MentorBot.Dialogs.Domain.Participants;

namespace MentorBot.Dialogs.Domain.Digests;

/// <summary>A programme's participants by tenant and object id (compared as Entra does, ignoring case), read once.</summary>
internal sealed class People(IEnumerable<Participant> participants)
{
    private readonly Dictionary<(string, string), Participant> _byKey = participants
        .GroupBy(p => Key(p.TenantId, p.UserObjectId))
        .ToDictionary(g => g.Key, g => g.First());

    public Participant? Find(string tenantId, string userObjectId) => _byKey.GetValueOrDefault(Key(tenantId, userObjectId));

    private static (string, string) Key(string tenantId, string userObjectId) => (tenantId.ToUpperInvariant(), userObjectId.ToUpperInvariant());
}
