using System.Net;
using MentorBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Options;

namespace MentorBot.Tests.Hosting;

/// <summary>
/// Unsafe settings stop start-up instead of opening a door: no authentication outside Development, and no dashboard
/// policy that nothing could ever satisfy (the dashboard stays local-only: JobsDashboardTests). The other tests run in
/// Development, as MentorBotApp sets.
/// </summary>
public sealed class FailClosedTests
{
    private const string AppId = "3f2c1d4e-5b6a-4c7d-8e9f-0a1b2c3d4e5f";

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    [InlineData("Testing")]
    public async Task EmptyMicrosoftAppId_OutsideDevelopment_StopsStartUp_SayingWhy(string environment)
    {
        await using var app = new MentorBotApp(new Dictionary<string, string?> { [WebHostDefaults.EnvironmentKey] = environment, ["MicrosoftAppId"] = string.Empty });

        var error = StartUpError(app);

        Assert.Contains("MicrosoftAppId is empty, which turns authentication off", error.Message, StringComparison.Ordinal);
        Assert.Contains($"this is '{environment}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmptyMicrosoftAppId_InDevelopment_Starts()
    {
        await using var app = new MentorBotApp(new Dictionary<string, string?> { ["MicrosoftAppId"] = string.Empty });
        using var client = app.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task MicrosoftAppIdSet_InProduction_Starts_AndRefusesAnUnsignedActivity()
    {
        await using var app = new MentorBotApp(new Dictionary<string, string?>
        {
            [WebHostDefaults.EnvironmentKey] = "Production",
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = "not-a-real-secret",
            ["Export:SigningKey"] = ExportOptionsTests.Key,
            ["MentorBot:PublicBaseUrl"] = "https://mentorbot.example.com/",
        });

        using var response = await app.PostActivityAsync(TeamsActivities.Message(TeamsUser.New(Guid.NewGuid().ToString()), new Uri("http://127.0.0.1:9/"), "help"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task DashboardPolicy_StopsStartUp_SayingTheSettingIsGone()
    {
        await using var app = new MentorBotApp(new Dictionary<string, string?> { ["Jobs:DashboardPolicy"] = "JobAdmins" });

        var error = StartUpError(app);

        Assert.Contains("Jobs:DashboardPolicy is no longer supported", error.Message, StringComparison.Ordinal);
    }

    private static OptionsValidationException StartUpError(MentorBotApp app)
    {
        var error = Record.Exception(app.StartServer);
        return Assert.IsType<OptionsValidationException>(error is AggregateException aggregate ? aggregate.InnerException : error);
    }
}
