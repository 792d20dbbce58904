using MentorBot.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Models;

namespace MentorBot.Graph;

/// <summary>Directory facts about a person (GET /users/{id}, only the fields we use), kept for Graph:CacheDuration.</summary>
public sealed class GraphUsers(GraphServiceClient client, TimeProvider clock, IOptions<GraphOptions> options)
{
    private static readonly string[] Fields = ["id", "displayName", "department", "jobTitle", "preferredLanguage", "mail", "userPrincipalName"];

    private readonly ExpiringCache<User> _cache = new(clock, options.Value.CacheDuration);

    /// <summary>The person by object id or UPN; throws what the SDK throws when Graph refuses.</summary>
    public async Task<User> GetAsync(string person, CancellationToken cancellationToken)
    {
        if (_cache.TryGet(person, out var known))
            return known;
        var user = await client.Users[person].GetAsync(request => request.QueryParameters.Select = Fields, cancellationToken)
            ?? throw new GraphAnswerException($"Graph answered without a user for {person}.");
        _cache.Set(person, user);
        return user;
    }

    /// <summary>
    /// The SMTP address that names the person in schedules and invitations: the one given, or else the directory's
    /// mail (then UPN). Callers that know the address save a lookup by passing it.
    /// </summary>
    public async Task<string> AddressOfAsync(string person, CancellationToken cancellationToken)
    {
        if (person.Contains('@', StringComparison.Ordinal))
            return person;
        var user = await GetAsync(person, cancellationToken);
        return user.Mail is { Length: > 0 } mail ? mail
            : user.UserPrincipalName is { Length: > 0 } upn ? upn
            : throw new GraphAnswerException($"{person} has no e-mail address in the directory.");
    }
}
