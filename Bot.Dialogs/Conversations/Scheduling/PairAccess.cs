using MentorBot.Dialogs.Stores;

namespace MentorBot.Dialogs.Conversations.Scheduling;

/// <summary>The user's active pairs, for the commands that act on "my pair" (a card names its pair and goes through the gate).</summary>
public sealed class PairAccess(PairStore pairs, ProgrammeStore programmes, ParticipantStore participants)
{
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
