using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Stores;
using Newtonsoft.Json.Linq;

namespace MentorBot.Dialogs.Conversations.Scheduling;

/// <summary>
/// Reads the pair a card names and checks that it may be scheduled by whoever pressed: the card data is untrusted,
/// so a forged or stale pair id, a pair that is not active, or someone outside the pair get a message, not a slot.
/// </summary>
public sealed class PairAccess(PairStore pairs, ProgrammeStore programmes, ParticipantStore participants)
{
    /// <summary>The pair, or null with the message key that says why not.</summary>
    public async Task<(PairContext? Pair, string? Problem)> FromCardAsync(ChatTurn turn, JObject data, CancellationToken cancellationToken)
    {
        var programmeId = data.Text(CardData.ProgrammeIdField);
        var pairId = data.Text(CardData.PairIdField);
        if (!turn.HasIdentity || programmeId is null || pairId is null)
            return (null, "SchedulePairUnknown");
        return await OpenAsync(turn, programmeId, pairId, cancellationToken);
    }

    public async Task<(PairContext? Pair, string? Problem)> OpenAsync(ChatTurn turn, string programmeId, string pairId, CancellationToken cancellationToken)
    {
        var found = await pairs.GetVersionedAsync(programmeId, pairId, cancellationToken);
        var programme = found is null ? null : await programmes.GetAsync(programmeId, cancellationToken);
        if (found is not { } versioned || programme is null || !versioned.Pair.Involves(turn.UserObjectId))
            return (null, "SchedulePairUnknown");

        // The viewer must be the pair member of their own tenant, not someone with the same object id elsewhere.
        var pair = versioned.Pair;
        var viewerTenant = string.Equals(pair.MentorId, turn.UserObjectId, StringComparison.OrdinalIgnoreCase) ? pair.MentorTenantId : pair.MenteeTenantId;
        if (!string.Equals(viewerTenant, turn.TenantId, StringComparison.OrdinalIgnoreCase))
            return (null, "SchedulePairUnknown");
        if (!pair.IsActive || !programme.IsOpen)
            return (null, "SchedulePairNotActive");
        return (new PairContext(programme, pair, versioned.Version, turn.UserObjectId), null);
    }

    /// <summary>The user's active pairs in the programmes they belong to.</summary>
    public async Task<IReadOnlyList<PairContext>> ActiveForAsync(ChatTurn turn, CancellationToken cancellationToken)
    {
        var result = new List<PairContext>();
        if (!turn.HasIdentity)
            return result;
        foreach (var membership in await participants.ForUserAsync(turn.TenantId, turn.UserObjectId, cancellationToken))
        {
            var programme = await programmes.GetAsync(membership.ProgrammeId, cancellationToken);
            if (programme is null || !programme.IsOpen)
                continue;
            foreach (var pair in await pairs.InProgrammeAsync(programme.Id, cancellationToken))
            {
                if (pair.IsActive && pair.Involves(turn.UserObjectId))
                    result.Add(new PairContext(programme, pair, string.Empty, turn.UserObjectId));
            }
        }

        return result;
    }
}
