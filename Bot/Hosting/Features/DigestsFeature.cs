using MentorBot.Dialogs.Conversations.Digests;
using MentorBot.Dialogs.Stores;
using Microsoft.Extensions.Options;

namespace MentorBot.Hosting.Features;

/// <summary>Lead digests (journey 9): what the programme's figures say, on demand and on schedule, and the at-risk list's one-click actions.</summary>
internal static class DigestsFeature
{
    public static IServiceCollection AddDigests(this IServiceCollection services)
    {
        services.AddOptions<MentorBot.Hosting.DigestScheduleOptions>().BindConfiguration(MentorBot.Hosting.DigestScheduleOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => new DigestTiming(sp.GetRequiredService<IOptions<MentorBot.Hosting.DigestScheduleOptions>>().Value.LocalHour));
        services.AddSingleton<ScheduledDigestStore>();
        services.AddSingleton<DigestDispatch>();
        services.AddSingleton<DigestReader>();
        services.AddSingleton<DigestComposer>();
        services.AddSingleton<LeadProgrammes>();
        services.AddSingleton<DigestRows>();
        services.AddCommand<DigestCommand>().AddCommand<AtRiskCommand>().AddCommand<ReportCommand>();
        services.AddCardAction<DigestShowAction>().AddCardAction<DigestNudgeAction>().AddCardAction<DigestMessageAction>().AddCardAction<DigestEndAction>();
        return services;
    }
}
