using MentorBot.Dialogs.Abstractions.Messaging;
using MentorBot.Jobs;
using MentorBot.Messaging;
using Microsoft.Extensions.Options;

namespace MentorBot.Hosting;

internal static class MessagingHosting
{
    public static WebApplicationBuilder AddMentorBotMessaging(this WebApplicationBuilder builder)
    {
        var services = builder.Services;

        // Lists bind by appending, so Teams' defaults are added after binding, only where configuration gave none.
        services.AddOptions<MessagingOptions>()
            .BindConfiguration(MessagingOptions.Section)
            .PostConfigure(options => options.ApplyTeamsDefaults())
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<MessagingOptions>, MessagingOptionsValidator>();

        services.AddSingleton<TeamsRateLimiter>();
        services.AddSingleton(sp => new Backoff(sp.GetRequiredService<IOptions<MessagingOptions>>(), Random.Shared));
        services.AddSingleton<OutboxLedger>();
        services.AddSingleton<UnaddressedMessages>();
        services.AddSingleton<ProactiveMessenger>();
        services.AddSingleton<IMessenger>(sp => sp.GetRequiredService<ProactiveMessenger>());

        services.AddTransient<OutboxRetryJob>();
        services.AddSingleton<OutboxRetention>();
        services.AddTransient<OutboxPurgeJob>();
        return builder;
    }
}
