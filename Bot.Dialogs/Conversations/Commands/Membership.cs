using System.Globalization;
using MentorBot.Dialogs.Conversations.Matching;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Stores;

namespace MentorBot.Dialogs.Conversations.Commands;

/// <summary>Pausing, resuming and leaving: the participant's lifecycle applied to the user's memberships.</summary>
public sealed class Membership(ParticipantStore participants, ProgrammeStore programmes, PairEndings endings, TimeProvider time)
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
        var paused = 0;
        foreach (var p in await ActiveAsync(turn, cancellationToken))
        {
            // Saved against the version read, re-read on a conflict: a leave or an edit meanwhile is never undone.
            if (await participants.ChangeAsync(p.ProgrammeId, p.TenantId, p.UserObjectId, c => c.Pause(until).Changed, cancellationToken) is not null)
                paused++;
        }

        return paused;
    }

    public async Task<int> ResumeAsync(ChatTurn turn, CancellationToken cancellationToken)
    {
        var resumed = 0;
        foreach (var p in await WhereAsync(turn, p => p.Status == ParticipantStatus.Paused, cancellationToken))
        {
            if (await participants.ChangeAsync(p.ProgrammeId, p.TenantId, p.UserObjectId, c => c.Resume().Changed, cancellationToken) is not null)
                resumed++;
        }

        return resumed;
    }

    /// <summary>
    /// Leaves the programme and stops the user's pairs in it (the partners and leads are told). Null when the user is
    /// not in it or left already; the pairs are stopped again then, so a leave a stop cut short is finished.
    /// </summary>
    public async Task<Participant?> LeaveAsync(ChatTurn turn, string programmeId, CancellationToken cancellationToken)
    {
        var participant = turn.HasIdentity ? await participants.GetAsync(programmeId, turn.TenantId, turn.UserObjectId, cancellationToken) : null;
        if (participant is null)
            return null;
        var left = await participants.ChangeAsync(programmeId, turn.TenantId, turn.UserObjectId, c => c.Leave().Changed, cancellationToken);
        if (await programmes.GetAsync(programmeId, cancellationToken) is { } programme)
            await endings.AfterLeavingAsync(programme, left ?? participant, cancellationToken);
        return left;
    }
}
