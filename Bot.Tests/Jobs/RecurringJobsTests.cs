using Hangfire;
using Hangfire.Storage;
using MentorBot.Hosting;
using MentorBot.Jobs;
using MentorBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MentorBot.Tests.Jobs;

/// <summary>Jobs:Recurring: every recurring job registered at start-up with its configured cron and time zone; a bad one stops start-up.</summary>
public sealed class RecurringJobsTests
{
    [Fact]
    public void EveryRecurringJob_IsRegisteredAtStartUp_WithItsConfiguredCronAndTimeZone()
    {
        using var app = new MentorBotApp(new Dictionary<string, string?>
        {
            ["Jobs:Recurring:CheckInDispatch:Cron"] = "*/5 * * * *",
            ["Jobs:Recurring:CheckInDispatch:TimeZone"] = "Europe/Paris",
            ["Jobs:Recurring:OutboxPurge:Cron"] = "15 2 * * 0",
            ["Jobs:Recurring:OutboxPurge:TimeZone"] = "Asia/Kolkata",
        });
        app.StartServer();

        var jobs = RecurringJobsIn(app);

        Assert.Equal(("*/5 * * * *", "Europe/Paris", typeof(CheckInDispatchJob)), jobs[CheckInDispatchJob.RecurringJobId]);
        Assert.Equal(("15 2 * * 0", "Asia/Kolkata", typeof(OutboxPurgeJob)), jobs[OutboxPurgeJob.RecurringJobId]);
        Assert.Equal(("* * * * *", "UTC", typeof(OutboxRetryJob)), jobs[OutboxRetryJob.RecurringJobId]);
    }

    [Fact]
    public void CheckInDispatch_RunsEveryFifteenMinutesInUtc_ByDefault()
    {
        using var app = new MentorBotApp();
        app.StartServer();

        Assert.Equal(("*/15 * * * *", "UTC", typeof(CheckInDispatchJob)), RecurringJobsIn(app)[CheckInDispatchJob.RecurringJobId]);
    }

    [Fact]
    public void SurveyDispatch_RunsEveryFifteenMinutesInUtc_ByDefault_AndTakesItsConfiguredSchedule()
    {
        using (var app = new MentorBotApp())
        {
            app.StartServer();
            Assert.Equal(("*/15 * * * *", "UTC", typeof(SurveyDispatchJob)), RecurringJobsIn(app)[SurveyDispatchJob.RecurringJobId]);
        }

        using var configured = new MentorBotApp(new Dictionary<string, string?>
        {
            ["Jobs:Recurring:SurveyDispatch:Cron"] = "0 * * * *",
            ["Jobs:Recurring:SurveyDispatch:TimeZone"] = "Europe/Paris",
        });
        configured.StartServer();
        Assert.Equal(("0 * * * *", "Europe/Paris", typeof(SurveyDispatchJob)), RecurringJobsIn(configured)[SurveyDispatchJob.RecurringJobId]);
    }

    [Theory]
    [InlineData("Jobs:Recurring:CheckInDispatch:Cron", "every fifteen minutes", "Jobs:Recurring:CheckInDispatch:Cron")]
    [InlineData("Jobs:Recurring:CheckInDispatch:Cron", "61 * * * *", "Jobs:Recurring:CheckInDispatch:Cron")]
    [InlineData("Jobs:Recurring:OutboxRetry:Cron", "", "Jobs:Recurring:OutboxRetry:Cron")]
    [InlineData("Jobs:Recurring:SurveyDispatch:Cron", "*/15 * *", "Jobs:Recurring:SurveyDispatch:Cron")]
    [InlineData("Jobs:Recurring:OutboxPurge:TimeZone", "Europe/Atlantis", "Jobs:Recurring:OutboxPurge:TimeZone")]
    public void BadSchedule_IsRefused_NamingTheSetting(string key, string value, string named)
    {
        var error = Assert.Throws<OptionsValidationException>(() => Bind(new() { [key] = value }));

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheWebApp_RefusesToStart_WithAnUnknownTimeZone()
    {
        using var app = new MentorBotApp(new Dictionary<string, string?> { ["Jobs:Recurring:CheckInDispatch:TimeZone"] = "Mars/Olympus" });

        var error = Record.Exception(app.StartServer);

        var refusal = Assert.IsType<OptionsValidationException>(error is AggregateException aggregate ? aggregate.InnerException : error);
        Assert.Contains("Jobs:Recurring:CheckInDispatch:TimeZone \"Mars/Olympus\"", refusal.Message, StringComparison.Ordinal);
    }

    private static Dictionary<string, (string Cron, string TimeZone, Type Job)> RecurringJobsIn(MentorBotApp app)
    {
        using var connection = app.Services.GetRequiredService<JobStorage>().GetConnection();
        return connection.GetRecurringJobs().ToDictionary(j => j.Id, j => (j.Cron, j.TimeZoneId, j.Job.Type));
    }

    private static RecurringJobsOptions Bind(Dictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddMentorBotJobs();
        using var services = builder.Services.BuildServiceProvider();
        return services.GetRequiredService<IOptions<RecurringJobsOptions>>().Value;
    }
}
