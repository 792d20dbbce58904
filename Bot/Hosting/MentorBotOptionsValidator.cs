using Microsoft.Extensions.Options;

namespace MentorBot.Hosting;

/// <summary>
/// Checks what the data annotations on <see cref="MentorBotOptions"/> cannot: the public base URL, without which (or
/// with a wrong one) every link the bot gives out to its own host would lead nowhere, which nobody notices until a
/// lead clicks one.
/// </summary>
public sealed class MentorBotOptionsValidator(IHostEnvironment environment) : IValidateOptions<MentorBotOptions>
{
    public ValidateOptionsResult Validate(string? name, MentorBotOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var url = options.PublicBaseUrl;
        if (url is null)
        {
            return environment.IsDevelopment()
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail($"MentorBot:PublicBaseUrl is not set, and this is '{environment.EnvironmentName}': set it to the https address browsers reach this app at (e.g. https://mentorbot.azurewebsites.net), for the export links.");
        }

        var web = url.IsAbsoluteUri && (url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && (url.IsLoopback || environment.IsDevelopment())));
        if (!web || url.Query.Length > 0 || url.Fragment.Length > 0 || url.UserInfo.Length > 0)
            return ValidateOptionsResult.Fail($"MentorBot:PublicBaseUrl must be an absolute https address (http only on loopback or in Development) without query, fragment or user; it is '{url}'.");
        return ValidateOptionsResult.Success;
    }
}
