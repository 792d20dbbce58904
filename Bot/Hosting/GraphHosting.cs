using MentorBot.Dialogs.Abstractions.Calendar;
using MentorBot.Dialogs.Abstractions.Directory;
using MentorBot.Graph;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace MentorBot.Hosting;

/// <summary>Microsoft Graph, optional: calendars and the directory where configured, the embedded defaults otherwise.</summary>
internal static class GraphHosting
{
    public static WebApplicationBuilder AddMentorBotGraph(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<GraphOptions>().BindConfiguration(GraphOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<GraphOptions>, GraphOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);

        // Built only when something asks for it, which only happens when Graph is configured.
        services.AddSingleton(sp => GraphClients.Create(Options(sp)));
        services.AddSingleton<GraphCalls>();
        services.AddSingleton<GraphUsers>();
        services.AddSingleton<GraphMailboxes>();
        services.AddSingleton<GraphSchedules>();
        services.AddSingleton<GraphEvents>();
        services.AddSingleton<GraphCalendar>();
        services.AddSingleton<GraphDirectory>();

        // Decided at the first use, from the validated options (so settings added by a test host count too).
        services.AddSingleton<ICalendar>(sp => Options(sp).IsConfigured ? sp.GetRequiredService<GraphCalendar>() : new NoCalendar());

        // This plain registration is the IDirectory: AddMentorBot calls this before AddMentorBotConversations, whose
        // TryAddSingleton<IDirectory, UnknownDirectory> then adds nothing. Without Graph it hands out that same
        // embedded default, so onboarding asks for what the directory would have told.
        services.AddSingleton<IDirectory>(sp => Options(sp).IsConfigured ? sp.GetRequiredService<GraphDirectory>() : new UnknownDirectory());
        return builder;
    }

    private static GraphOptions Options(IServiceProvider services) => services.GetRequiredService<IOptions<GraphOptions>>().Value;
}
