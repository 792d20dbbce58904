using MentorBot.Dialogs.Domain.CheckIns;
using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Stores;

namespace MentorBot.Dialogs.Conversations.CheckIns;

/// <summary>
/// One programme as a dispatch run sees it: its people, its active pairs and every check-in, each read as one
/// whole partition (three queries however many pairs), then looked up in memory.
/// </summary>
public sealed class ProgrammeRoster
{
    private readonly Dictionary<string, Participant> _people;
    private readonly ILookup<string, CheckIn> _checkIns;

    private ProgrammeRoster(Programme programme, IReadOnlyList<Participant> people, IReadOnlyList<Pair> pairs, IReadOnlyList<CheckIn> checkIns)
    {
        Programme = programme;
        ActivePairs = [.. pairs.Where(p => p.IsActive)];
        _people = people.ToDictionary(p => Key(p.TenantId, p.UserObjectId), StringComparer.OrdinalIgnoreCase);
        _checkIns = checkIns.ToLookup(c => Key(c.PairId, c.TenantId, c.UserObjectId), StringComparer.OrdinalIgnoreCase);
    }

    public Programme Programme { get; }

    public IReadOnlyList<Pair> ActivePairs { get; }

    public static async Task<ProgrammeRoster> ReadAsync(Programme programme, ParticipantStore participants, PairStore pairs, CheckInStore checkIns, CancellationToken cancellationToken) =>
        new(programme,
            await participants.InProgrammeAsync(programme.Id, cancellationToken),
            await pairs.InProgrammeAsync(programme.Id, cancellationToken),
            await checkIns.InProgrammeAsync(programme.Id, cancellationToken));

    public Participant? Person(string tenantId, string userObjectId) => _people.GetValueOrDefault(Key(tenantId, userObjectId));

    /// <summary>This person's check-ins for this pair, oldest first.</summary>
    public IReadOnlyList<CheckIn> CheckInsOf(Pair pair, Participant person) =>
        [.. _checkIns[Key(pair.Id, person.TenantId, person.UserObjectId)].OrderBy(c => c.SentAt)];

    private static string Key(params string[] parts) => string.Join('|', parts);
}
