using MentorBot.Hosting;
using MentorBot.Messaging;
using MentorBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MentorBot.Tests.Messaging;

/// <summary>The "Messaging" section: Teams' limits by default, replaced (not extended) by configuration, checked at start.</summary>
public sealed class MessagingOptionsTests
{
    [Fact]
    public void Defaults_AreTeamsPublishedLimits()
    {
        var options = Bind([]);

        Assert.Equal([(1, 7), (2, 8), (30, 60), (3600, 1800)], options.PerConversation.Select(w => ((int)w.Window.TotalSeconds, w.Limit)));
        Assert.Equal([(1, 50)], options.PerTenant.Select(w => ((int)w.Window.TotalSeconds, w.Limit)));
    }

    [Fact]
    public void OutboxRetention_IsThirtyDaysByDefault()
    {
        Assert.Equal(TimeSpan.FromDays(30), Bind([]).Outbox.Retention);
    }

    [Fact]
    public void ConfiguredWindows_ReplaceTheDefaults_RatherThanAddToThem()
    {
        var options = Bind(new()
        {
            ["Messaging:PerConversation:0:Window"] = "00:00:01",
            ["Messaging:PerConversation:0:Limit"] = "3",
            ["Messaging:PerTenant:0:Window"] = "00:00:01",
            ["Messaging:PerTenant:0:Limit"] = "20",
        });

        Assert.Equal([(1, 3)], options.PerConversation.Select(w => ((int)w.Window.TotalSeconds, w.Limit)));
        Assert.Equal([(1, 20)], options.PerTenant.Select(w => ((int)w.Window.TotalSeconds, w.Limit)));
    }

    [Theory]
    [InlineData("Messaging:ClaimLease", "00:00:30", "ClaimLease")]
    [InlineData("Messaging:MaxAttempts", "0", "MaxAttempts")]
    [InlineData("Messaging:PerConversation:0:Limit", "0", "PerConversation")]
    [InlineData("Messaging:Outbox:Schedule", "* * * * *", "Jobs:Recurring:OutboxRetry:Cron")]
    [InlineData("Messaging:MaxBackoff", "00:00:00.001", "MaxBackoff")]
    [InlineData("Messaging:Outbox:Retention", "12:00:00", "Retention")]
    [InlineData("Messaging:Outbox:Retention", "-1.00:00:00", "Retention")]
    [InlineData("Messaging:Outbox:PurgeSchedule", "40 3 * * *", "Jobs:Recurring:OutboxPurge:Cron")]
    public void UnsafeSettings_AreRefused_NamingTheSetting(string key, string value, string named)
    {
        var settings = new Dictionary<string, string?> { [key] = value };
        if (key.StartsWith("Messaging:PerConversation", StringComparison.Ordinal))
            settings["Messaging:PerConversation:0:Window"] = "00:00:01";

        var error = Assert.Throws<OptionsValidationException>(() => Bind(settings));

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheWebApp_RefusesToStart_WithAnUnsafeLease()
    {
        using var app = new MentorBotApp(new Dictionary<string, string?> { ["Messaging:ClaimLease"] = "00:00:01" });

        var error = Record.Exception(app.StartServer);

        Assert.IsType<OptionsValidationException>(error is AggregateException aggregate ? aggregate.InnerException : error);
    }

    private static MessagingOptions Bind(Dictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddMentorBotMessaging();
        using var services = builder.Services.BuildServiceProvider();
        return services.GetRequiredService<IOptions<MessagingOptions>>().Value;
    }
}
