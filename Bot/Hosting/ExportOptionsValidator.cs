using Microsoft.Extensions.Options;

namespace MentorBot.Hosting;

/// <summary>
/// Fails start-up on a signing key anyone could guess or none at all outside Development: a missing key would mean a
/// random one per process, so links made by one instance (or before a restart) fail on another, which looks like a
/// bug to the lead; a short one could be guessed, and then anyone could download any programme's data.
/// </summary>
public sealed class ExportOptionsValidator(IHostEnvironment environment) : IValidateOptions<ExportOptions>
{
    public static readonly TimeSpan MaxLinkLifetime = TimeSpan.FromDays(1);

    public ValidateOptionsResult Validate(string? name, ExportOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (string.IsNullOrEmpty(options.SigningKey))
        {
            if (!environment.IsDevelopment())
            {
                failures.Add(
                    $"Export:SigningKey is not set, and this is '{environment.EnvironmentName}': export links could not be checked across " +
                    $"instances and restarts. Set it to at least {ExportOptions.MinKeyLength} random characters (e.g. openssl rand -base64 48) " +
                    "in Key Vault, an environment variable or user-secrets, never in appsettings.json.");
            }
        }
        else if (options.SigningKey.Length < ExportOptions.MinKeyLength)
        {
            failures.Add($"Export:SigningKey must have at least {ExportOptions.MinKeyLength} characters (e.g. openssl rand -base64 48); it has {options.SigningKey.Length}.");
        }

        if (options.LinkLifetime <= TimeSpan.Zero || options.LinkLifetime > MaxLinkLifetime)
            failures.Add($"Export:LinkLifetime must be more than zero and at most {MaxLinkLifetime}; it is {options.LinkLifetime}.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
