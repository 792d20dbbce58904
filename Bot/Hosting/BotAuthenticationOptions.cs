namespace MentorBot.Hosting;

/// <summary>
/// The Bot Framework's own setting names, read from the configuration root as the SDK reads them.
/// An empty <see cref="MicrosoftAppId"/> turns authentication off: allowed in the Development environment only
/// (start-up fails elsewhere, see <see cref="BotAuthenticationOptionsValidator"/>).
/// </summary>
public sealed class BotAuthenticationOptions
{
    public const string MultiTenant = "MultiTenant";
    public const string SingleTenant = "SingleTenant";
    public const string UserAssignedMsi = "UserAssignedMSI";

    public string MicrosoftAppType { get; set; } = MultiTenant;

    public string? MicrosoftAppId { get; set; }

    public string? MicrosoftAppPassword { get; set; }

    public string? MicrosoftAppTenantId { get; set; }

    public bool AuthenticationDisabled => string.IsNullOrWhiteSpace(MicrosoftAppId);
}
