using MentorBot.Dialogs.Domain.Matching;

namespace MentorBot.Dialogs.Domain.Circles;

/// <summary>
/// A circle a lead formed in a group programme: its members, who facilitates it and why, kept as they were when it
/// was formed. <see cref="FormationId"/> names the plan the lead approved (its fingerprint), so pressing the same
/// preview again finds the circles it already formed instead of forming them twice.
/// </summary>
public sealed record CircleRecord
{
    public required string Id { get; init; }

    public required string ProgrammeId { get; init; }

    public required string FormationId { get; init; }

    public int Number { get; init; }

    public required IReadOnlyList<CircleMember> Members { get; init; }

    /// <summary>The member who facilitates; null once they erased their data.</summary>
    public string? FacilitatorId { get; init; }

    public MatchReason? FacilitatorReason { get; init; }

    public DateTimeOffset FormedAt { get; init; }

    public bool Involves(string userObjectId) =>
        Members.Any(m => string.Equals(m.UserObjectId, userObjectId, StringComparison.OrdinalIgnoreCase));

    /// <summary>The circle without this person: no longer a member, nor its facilitator.</summary>
    public CircleRecord Without(string userObjectId) => this with
    {
        Members = [.. Members.Where(m => !string.Equals(m.UserObjectId, userObjectId, StringComparison.OrdinalIgnoreCase))],
        FacilitatorId = string.Equals(FacilitatorId, userObjectId, StringComparison.OrdinalIgnoreCase) ? null : FacilitatorId,
        FacilitatorReason = string.Equals(FacilitatorId, userObjectId, StringComparison.OrdinalIgnoreCase) ? null : FacilitatorReason,
    };

    /// <summary>A circle's id: the plan it came from and its number in that plan, so one plan forms each circle once.</summary>
    public static string IdFor(string formationId, int number) => $"{formationId}-{number:D3}";
}
