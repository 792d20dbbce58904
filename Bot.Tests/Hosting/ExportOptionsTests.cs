using MentorBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MentorBot.Tests.Hosting;

/// <summary>
/// The export's settings fail closed: outside Development no signing key, a short one, or no public base URL stops
/// start-up saying which setting; in Development the bot starts on a random key and says links will not survive a restart.
/// </summary>
public sealed class ExportOptionsTests
{
    /// <summary>A key of the required length, for hosts that must start outside Development.</summary>
    public const string Key = "0123456789abcdef0123456789abcdef-test-only";

    private const string AppId = "3f2c1d4e-5b6a-4c7d-8e9f-0a1b2c3d4e5f";

    [Fact]
    public async Task NoSigningKey_InProduction_StopsStartUp()
    {
        await using var app = new MentorBotApp(Production(key: null));

        var error = StartUpError(app);

        Assert.Contains("Export:SigningKey is not set, and this is 'Production'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Development")]
    public async Task ShortSigningKey_StopsStartUp_InAnyEnvironment(string environment)
    {
        var settings = Production(key: "too-short-a-key");
        settings[WebHostDefaults.EnvironmentKey] = environment;
        await using var app = new MentorBotApp(settings);

        var error = StartUpError(app);

        Assert.Contains("Export:SigningKey must have at least 32 characters", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "MentorBot:PublicBaseUrl is not set")]
    [InlineData("http://mentorbot.example.com/", "must be an absolute https address")]
    [InlineData("https://mentorbot.example.com/?x=1", "must be an absolute https address")]
    [InlineData("mentorbot.example.com", "must be an absolute https address")]
    public async Task MissingOrUnsafePublicBaseUrl_InProduction_StopsStartUp(string? url, string expected)
    {
        var settings = Production(key: Key);
        settings["MentorBot:PublicBaseUrl"] = url;
        await using var app = new MentorBotApp(settings);

        var error = StartUpError(app);

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportLinkLifetime_OutOfRange_StopsStartUp()
    {
        await using var app = new MentorBotApp(new Dictionary<string, string?> { ["Export:LinkLifetime"] = "00:00:00" });

        Assert.Contains("Export:LinkLifetime must be more than zero", StartUpError(app).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoSigningKey_InDevelopment_Starts_AndWarnsThatLinksDieWithTheProcess()
    {
        await using var app = new MentorBotApp();

        app.StartServer();

        Assert.Contains(app.Logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("Export:SigningKey is not set", StringComparison.Ordinal) &&
            e.Message.Contains("stop working when it restarts", StringComparison.Ordinal));
    }

    [Fact]
    public async Task KeyAndPublicBaseUrl_InProduction_Start_WithoutTheWarning()
    {
        await using var app = new MentorBotApp(Production(key: Key));

        app.StartServer();

        Assert.DoesNotContain(app.Logs.Entries, e => e.Message.Contains("Export:SigningKey is not set", StringComparison.Ordinal));
    }

    private static Dictionary<string, string?> Production(string? key) => new()
    {
        [WebHostDefaults.EnvironmentKey] = "Production",
        ["MicrosoftAppId"] = AppId,
        ["MicrosoftAppPassword"] = "not-a-real-secret",
        ["MentorBot:PublicBaseUrl"] = "https://mentorbot.example.com/",
        ["Export:SigningKey"] = key,
    };

    private static OptionsValidationException StartUpError(MentorBotApp app)
    {
        var error = Record.Exception(app.StartServer);
        return Assert.IsType<OptionsValidationException>(error is AggregateException aggregate ? aggregate.InnerException : error);
    }
}
