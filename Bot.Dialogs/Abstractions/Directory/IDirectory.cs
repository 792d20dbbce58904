namespace MentorBot.Dialogs.Abstractions.Directory;

/// <summary>
/// What the organisation's directory knows about a user (Microsoft Graph in production). Onboarding
/// pre-fills from it and asks the user for whatever it does not know.
/// </summary>
public interface IDirectory
{
    /// <summary>The profile, or null when the directory cannot be reached or knows nothing.</summary>
    Task<DirectoryProfile?> FindAsync(string tenantId, string userObjectId, CancellationToken cancellationToken);
}

/// <summary>Directory facts; each may be missing.</summary>
public sealed record DirectoryProfile(string? DisplayName, string? Department, string? JobTitle, string? TimeZone, TimeOnly? WorkStart, TimeOnly? WorkEnd, IReadOnlyList<DayOfWeek>? WorkDays, string? PreferredLanguage);
