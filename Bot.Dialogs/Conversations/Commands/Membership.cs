using System.Globalization;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Stores;

namespace MentorBot.Dialogs.Conversations.Commands;

/// <summary>Pausing, resuming and leaving: status changes applied to the user's memberships.</summary>
public sealed class Membership(ParticipantStore participants, TimeProvider time)
{
    /// <summary>A pause lasts at most a year; longer is leaving.</summary>
    public const int MaxPauseDays = 365;

    public Task<IReadOnlyList<Participant>> ActiveAsync(ChatTurn turn, CancellationToken cancellationToken) =>
        WhereAsync(turn, p => p.Status != ParticipantStatus.Left, cancellationToken);

    public async Task<IReadOnlyList<Participant>> WhereAsync(ChatTurn turn, Func<Participant, bool> predicate, CancellationToken cancellationToken) =>
        turn.HasIdentity
            ? (await participants.ForUserAsync(turn.TenantId, turn.UserObjectId, cancellationToken)).Where(predicate).ToList()
            : [];

    /// <summary>Reads a date as ISO (2027-01-15) or as the user writes dates (15/01/2027 in French).</summary>
    public static bool TryParseDate(string? value, CultureInfo culture, out DateOnly date) =>
        DateOnly.TryParseExact(value?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date) ||
        DateOnly.TryParse(value?.Trim(), culture, DateTimeStyles.None, out date);

    /// <summary>Null when the date is acceptable, else the message key that says why not.</summary>
    public string? CheckPauseDate(DateOnly until)
    {
        // UTC's date: a pause is a whole-day matter, and a day's skew at either end is harmless.
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        return until <= today || until > today.AddDays(MaxPauseDays) ? "ErrorPauseDate" : null;
    }

    public async Task<int> PauseAsync(ChatTurn turn, DateOnly until, CancellationToken cancellationToken)
    {
        var active = await ActiveAsync(turn, cancellationToken);
        var count = 0;
        foreach (var p in active)
        {
            if (await participants.ChangeAsync(p.ProgrammeId, p.TenantId, p.UserObjectId, c => c.Status == ParticipantStatus.Left ? null : c with { Status = ParticipantStatus.Paused, PausedUntil = until }, cancellationToken) is not null)
                count++;
        }

        return count;
    }

    public async Task<int> ResumeAsync(ChatTurn turn, CancellationToken cancellationToken)
    {
        var paused = await WhereAsync(turn, p => p.Status == ParticipantStatus.Paused, cancellationToken);
        var count = 0;
        foreach (var p in paused)
        {
            if (await participants.ChangeAsync(p.ProgrammeId, p.TenantId, p.UserObjectId, c => c.Status != ParticipantStatus.Paused ? null : c with { Status = ParticipantStatus.Active, PausedUntil = null }, cancellationToken) is not null)
                count++;
        }

        return count;
    }

    public async Task<Participant?> LeaveAsync(ChatTurn turn, string programmeId, CancellationToken cancellationToken)
    {
        if (!turn.HasIdentity)
            return null;
        return await participants.ChangeAsync(programmeId, turn.TenantId, turn.UserObjectId, c => c.Status == ParticipantStatus.Left ? null : c with { Status = ParticipantStatus.Left, PausedUntil = null }, cancellationToken);
    }
}
