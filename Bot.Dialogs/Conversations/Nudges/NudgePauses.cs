using MentorBot.Dialogs.Conversations.Commands;
using MentorBot.Dialogs.Stores;

namespace MentorBot.Dialogs.Conversations.Nudges;

/// <summary>
/// "Pause" as an answer to a nudge's question (stay/pause/leave, keep going/pause/end): until the date picked, checked
/// as the `pause` command checks it, or for <see cref="DefaultDays"/>; in this programme only, since the question was
/// about this pair and the person's other memberships carry on.
/// </summary>
public sealed class NudgePauses(ParticipantStore participants, Membership membership, TimeProvider time)
{
    /// <summary>A pause picked without a date: four weeks, long enough to matter, short enough to come back to.</summary>
    public const int DefaultDays = 28;

    /// <summary>The date the pause lasts until, or null once the person was told the date they picked is refused.</summary>
    public async Task<DateOnly?> UntilAsync(ChatTurn turn, string? picked, CancellationToken cancellationToken)
    {
        var until = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime).AddDays(DefaultDays);
        if (string.IsNullOrWhiteSpace(picked))
            return until;
        if (Membership.TryParseDate(picked, turn.Text.Culture, out until) && membership.CheckPauseDate(until) is null)
            return until;
        await turn.SayAsync(turn.Text.Format("ErrorPauseDate", Membership.MaxPauseDays), cancellationToken);
        return null;
    }

    public async Task PauseAsync(ChatTurn turn, string programmeId, DateOnly until, CancellationToken cancellationToken)
    {
        await participants.ChangeAsync(programmeId, turn.TenantId, turn.UserObjectId, p => p.Pause(until).Changed, cancellationToken);
        await turn.SayAsync(turn.Text.Format("PausedUntil", until.ToString("D", turn.Text.Culture)), cancellationToken);
    }
}
