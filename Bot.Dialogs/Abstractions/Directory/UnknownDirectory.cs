namespace MentorBot.Dialogs.Abstractions.Directory;

/// <summary>
/// The embedded default when no directory is configured: it knows nothing, so onboarding asks the user for
/// everything (working hours, time zone). Replaced by the Graph adapter where Graph is configured.
/// </summary>
public sealed class UnknownDirectory : IDirectory
{
    public Task<DirectoryProfile?> FindAsync(string tenantId, string userObjectId, CancellationToken cancellationToken) =>
        Task.FromResult<DirectoryProfile?>(null);
}
