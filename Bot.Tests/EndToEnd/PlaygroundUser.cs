using System.Globalization;
using System.Text;

namespace MentorBot.Tests.EndToEnd;

/// <summary>
/// Who sits at a Playground: its "current user" (channel id, name, Entra object id) and the language of their
/// Teams client. The Playground reads the user from .m365agentsplayground.yml in its working folder (schema
/// version 0.1.1, bundled in the npm package); without that file it plays <see cref="Default"/>.
/// </summary>
internal sealed record PlaygroundUser(string Id, string Name, string ObjectId, string Locale = "en-US")
{
    /// <summary>The Playground's built-in user, Alex Wilber; tools/run.sh makes this object id an organisation lead.</summary>
    public static PlaygroundUser Default { get; } = new("user-id-0", "Alex Wilber", "00000000-0000-0000-0000-0000000000020");

    /// <summary>The tenant of the Playground's built-in configuration; every user here is in it.</summary>
    public const string TenantId = "00000000-0000-0000-0000-0000000000001";

    public bool IsDefault => this == Default;

    /// <summary>The tenant written in this user's configuration; the built-in one unless a test needs another (a GUID, as Graph settings want).</summary>
    public string Tenant { get; init; } = TenantId;

    /// <summary>
    /// The userPrincipleName (and e-mail) written for this user, which the Playground gives the bot when it asks
    /// Teams for the member's details (GetMember): the address a lead invites them by.
    /// </summary>
    public string PrincipalName => AddressOf(Name);

    /// <summary>
    /// The Playground's configuration with this user as the current user. The schema wants exactly five other
    /// users, unique ids everywhere, and a personal chat id: each user gets their own, so their chats with the
    /// one bot never mix.
    /// </summary>
    public string ConfigurationYaml()
    {
        var slug = new string(Id.Where(char.IsAsciiLetterOrDigit).ToArray());
        var yaml = new StringBuilder()
            .AppendLine("version: \"0.1.1\"")
            .AppendLine(CultureInfo.InvariantCulture, $"tenantId: {Quote(Tenant)}")
            .AppendLine("bot:")
            .AppendLine("  id: \"00000000-0000-0000-0000-00000000000011\"")
            .AppendLine("  name: \"Test Bot\"")
            .AppendLine("currentUser:");
        AppendUser(yaml, "  ", Id, Name, ObjectId);
        yaml.AppendLine("users:");
        for (var i = 1; i <= 5; i++)
            AppendUser(yaml, "  - ", $"{slug}-colleague-{i}", $"Colleague {i}", $"00000000-0000-0000-0001-{i:000000000000}", "    ");
        return yaml
            .AppendLine("personalChat:")
            .AppendLine(CultureInfo.InvariantCulture, $"  id: {Quote("personal-chat-" + slug)}")
            .AppendLine("groupChat:")
            .AppendLine(CultureInfo.InvariantCulture, $"  id: {Quote("group-chat-" + slug)}")
            .AppendLine("  name: \"Group Chat\"")
            .AppendLine("team:")
            .AppendLine(CultureInfo.InvariantCulture, $"  id: {Quote("team-" + slug)}")
            .AppendLine("  name: \"My Team\"")
            .AppendLine("  aadGroupId: \"00000000-0000-0000-0000-000000000031\"")
            .AppendLine("  channels:")
            .AppendLine(CultureInfo.InvariantCulture, $"    - id: {Quote("channel-" + slug)}")
            .AppendLine("      name: \"Announcements\"")
            .ToString();
    }

    private static void AppendUser(StringBuilder yaml, string first, string id, string name, string objectId, string? rest = null)
    {
        rest ??= first;
        var email = AddressOf(name);
        yaml.AppendLine(CultureInfo.InvariantCulture, $"{first}id: {Quote(id)}")
            .AppendLine(CultureInfo.InvariantCulture, $"{rest}name: {Quote(name)}")
            .AppendLine(CultureInfo.InvariantCulture, $"{rest}userPrincipleName: {Quote(email)}")
            .AppendLine(CultureInfo.InvariantCulture, $"{rest}aadObjectId: {Quote(objectId)}")
            .AppendLine(CultureInfo.InvariantCulture, $"{rest}givenName: {Quote(name.Split(' ')[0])}")
            .AppendLine(CultureInfo.InvariantCulture, $"{rest}surname: {Quote(name.Split(' ')[^1])}")
            .AppendLine(CultureInfo.InvariantCulture, $"{rest}email: {Quote(email)}");
    }

    private static string AddressOf(string name) => new string(name.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).ToArray()) + "@example.com";

    // YAML double-quoted scalars take JSON-style escapes; names here have no quotes or backslashes, but be safe.
    private static string Quote(string value) => "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
