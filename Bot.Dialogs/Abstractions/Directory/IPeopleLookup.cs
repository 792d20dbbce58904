namespace MentorBot.Dialogs.Abstractions.Directory;

/// <summary>Finds a person of a tenant by UPN or e-mail address, as a lead types them in an invitation.</summary>
public interface IPeopleLookup
{
    /// <summary>The person, or null when nobody with that address is known.</summary>
    Task<KnownPerson?> FindAsync(string tenantId, string address, CancellationToken cancellationToken);
}

/// <summary>Someone found by address: their Entra object id and, where known, the language to write to them in.</summary>
public sealed record KnownPerson(string ObjectId, string? Locale);
