using System.Net;
using MentorBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Options;

namespace MentorBot.Tests.Hosting.Authentication;

/// <summary>
/// SingleTenant and UserAssignedMSI bots are checked at start: what the SDK would only reject at the first message
/// (no tenant, no secret where one is needed, an unknown type) stops start-up, saying which setting is wrong.
/// </summary>
public sealed class AppTypeSettingsTests
{
    private const string AppId = "3f2c1d4e-5b6a-4c7d-8e9f-0a1b2c3d4e5f";
    private const string TenantId = "9a8b7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d";

    [Theory]
    [InlineData("SingleTenant", null, "secret", "MicrosoftAppTenantId (a GUID) is required when MicrosoftAppType is SingleTenant")]
    [InlineData("SingleTenant", "contoso", "secret", "MicrosoftAppTenantId (a GUID) is required when MicrosoftAppType is SingleTenant")]
    [InlineData("SingleTenant", TenantId, null, "MicrosoftAppPassword is required")]
    [InlineData("UserAssignedMSI", null, null, "MicrosoftAppTenantId (a GUID) is required when MicrosoftAppType is UserAssignedMSI")]
    [InlineData("ManagedButMistyped", TenantId, "secret", "MicrosoftAppType must be one of MultiTenant, SingleTenant, UserAssignedMSI")]
    public async Task AnIncompleteSetting_StopsStartUp_SayingWhich(string appType, string? tenant, string? password, string expected)
    {
        await using var app = App(appType, tenant, password);

        var error = Record.Exception(app.StartServer);

        var failure = Assert.IsType<OptionsValidationException>(error is AggregateException aggregate ? aggregate.InnerException : error);
        Assert.Contains(expected, failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SingleTenant", "secret")]
    [InlineData("UserAssignedMSI", null)]
    public async Task ACompleteSetting_Starts(string appType, string? password)
    {
        await using var app = App(appType, TenantId, password);
        using var client = app.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode);
    }

    private static MentorBotApp App(string appType, string? tenant, string? password) => new(new Dictionary<string, string?>
    {
        [WebHostDefaults.EnvironmentKey] = "Production",
        ["MicrosoftAppType"] = appType,
        ["MicrosoftAppId"] = AppId,
        ["MicrosoftAppTenantId"] = tenant,
        ["MicrosoftAppPassword"] = password,

        // What any production host needs besides its identity (FailClosedTests: the export links).
        ["MentorBot:PublicBaseUrl"] = "https://mentorbot.example.com/",
        ["Export:SigningKey"] = "test-only-signing-key-of-at-least-32-characters",
    });
}
