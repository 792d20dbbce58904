namespace MentorBot.Dialogs.Domain.Nudges;

/// <summary>One pair's nudges deferred until <see cref="Until"/>, by one of its people (`snooze 3d` or the button).</summary>
public sealed record Snooze
{
    public required string ProgrammeId { get; init; }

    public required string PairId { get; init; }

    public required DateTimeOffset Until { get; init; }

    public required string ByTenantId { get; init; }

    public required string ByUserObjectId { get; init; }

    public DateTimeOffset At { get; init; }

    /// <summary>A snooze of <paramref name="days"/> days from <paramref name="now"/>; an earlier one that lasts longer is kept by <see cref="Snoozes.EndOf"/>.</summary>
    public static Snooze For(string programmeId, string pairId, string byTenantId, string byUserObjectId, int days, DateTimeOffset now) => new()
    {
        ProgrammeId = programmeId,
        PairId = pairId,
        Until = now.AddDays(days),
        ByTenantId = byTenantId,
        ByUserObjectId = byUserObjectId,
        At = now,
    };
}
