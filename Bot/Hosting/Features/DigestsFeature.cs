using MentorBot.Dialogs.Conversations.Digests;
using MentorBot.Dialogs.Stores;
using Microsoft.Extensions.Options;

namespace MentorBot.Hosting.Features;

/// <summary>Lead digests (journey 9): what the programme's figures say, on demand and on schedule.</summary>
internal static class DigestsFeature
{
    public static IServiceCollection AddDigests(this IServiceCollection services)
    {
        services.AddOptions<DigestOptions>().BindConfiguration(DigestOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => new DigestTiming(sp.GetRequiredService<IOptions<DigestOptions>>().Value.LocalHour));
        services.AddSingleton<DigestComposer>();
        services.AddSingleton<ScheduledDigestStore>();
        services.AddSingleton<DigestDispatch>();
        return services;
    }
}
