namespace MentorBot.Dialogs.Abstractions.Directory;

/// <summary>
/// The reverse of <see cref="IPeopleLookup"/>: what is known about how to reach a person named by Entra object id,
/// so a message to them is in their language and a Teams scheduling link can invite them by address.
/// </summary>
public interface IContactLookup
{
    /// <summary>Never null: an unknown person has neither an address nor a locale.</summary>
    Task<Contact> FindByIdAsync(string tenantId, string userObjectId, CancellationToken cancellationToken);

    /// <summary>
    /// Only the locale of the person's chat with the bot (null when unknown: English is used); cheaper than
    /// <see cref="FindByIdAsync"/>, which also looks for an address.
    /// </summary>
    Task<string?> LocaleOfAsync(string tenantId, string userObjectId, CancellationToken cancellationToken);

    /// <summary>An address for each of several people of one tenant, found at once; people with none known are left out.</summary>
    Task<IReadOnlyDictionary<string, string>> AddressesOfAsync(string tenantId, IReadOnlyCollection<string> userObjectIds, CancellationToken cancellationToken);
}

/// <summary>A person's UPN or e-mail address and chat locale, each when known.</summary>
public sealed record Contact(string? Address, string? Locale);
