namespace MentorBot.Dialogs.Abstractions.Privacy;

/// <summary>
/// A store that holds data about a person. "my data" lists every source, "delete my data" erases from every
/// source; a store that keeps personal data and is not registered as a source is a privacy bug.
/// </summary>
public interface IPersonalDataSource
{
    /// <summary>Resource key naming this kind of data for the user ("your profile", "how to reach you").</summary>
    string CategoryKey { get; }

    /// <summary>Everything held about the user, as JSON documents (empty when nothing is held).</summary>
    Task<IReadOnlyList<string>> ExportAsync(string tenantId, string userObjectId, CancellationToken cancellationToken);

    /// <summary>Erases everything held about the user; returns how many records went.</summary>
    Task<int> EraseAsync(string tenantId, string userObjectId, CancellationToken cancellationToken);
}
