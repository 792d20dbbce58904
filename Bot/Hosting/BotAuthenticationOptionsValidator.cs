using Microsoft.Extensions.Options;

namespace MentorBot.Hosting;

/// <summary>
/// Fails start-up on a credential set the Bot Framework would only reject at the first message, and on an empty
/// MicrosoftAppId outside Development: without an app id the SDK accepts unsigned activities, so anyone who can
/// reach /api/messages could post as anyone. Failing closed beats a warning in a log nobody reads.
/// </summary>
public sealed class BotAuthenticationOptionsValidator(IHostEnvironment environment) : IValidateOptions<BotAuthenticationOptions>
{
    private static readonly string[] AppTypes = [BotAuthenticationOptions.MultiTenant, BotAuthenticationOptions.SingleTenant, BotAuthenticationOptions.UserAssignedMsi];

    public ValidateOptionsResult Validate(string? name, BotAuthenticationOptions options)
    {
        var failures = new List<string>();
        if (!AppTypes.Contains(options.MicrosoftAppType, StringComparer.OrdinalIgnoreCase))
            failures.Add($"MicrosoftAppType must be one of {string.Join(", ", AppTypes)}; it is '{options.MicrosoftAppType}'.");

        if (options.AuthenticationDisabled && !environment.IsDevelopment())
        {
            failures.Add(
                $"MicrosoftAppId is empty, which turns authentication off: anyone could post activities to /api/messages as anyone. " +
                $"That is allowed only in the Development environment, and this is '{environment.EnvironmentName}'. Set MicrosoftAppId " +
                "(and MicrosoftAppPassword, or MicrosoftAppType UserAssignedMSI) to the bot's Entra app registration, or run " +
                "with ASPNETCORE_ENVIRONMENT=Development on your own machine (tools/run.sh does).");
        }

        if (!options.AuthenticationDisabled)
        {
            if (!Guid.TryParse(options.MicrosoftAppId, out _))
                failures.Add("MicrosoftAppId must be the bot's Entra application (client) id, a GUID.");
            var msi = string.Equals(options.MicrosoftAppType, BotAuthenticationOptions.UserAssignedMsi, StringComparison.OrdinalIgnoreCase);
            if (!msi && string.IsNullOrWhiteSpace(options.MicrosoftAppPassword))
                failures.Add("MicrosoftAppPassword is required when MicrosoftAppId is set (use user-secrets, an environment variable or Key Vault).");
            var multi = string.Equals(options.MicrosoftAppType, BotAuthenticationOptions.MultiTenant, StringComparison.OrdinalIgnoreCase);
            if (!multi && !Guid.TryParse(options.MicrosoftAppTenantId, out _))
                failures.Add($"MicrosoftAppTenantId (a GUID) is required when MicrosoftAppType is {options.MicrosoftAppType}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
