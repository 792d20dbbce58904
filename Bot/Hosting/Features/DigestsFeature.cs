using MentorBot.Dialogs.Conversations.Digests;

namespace MentorBot.Hosting.Features;

/// <summary>Lead digests (journey 9): what the programme's figures say, on demand and on schedule.</summary>
internal static class DigestsFeature
{
    public static IServiceCollection AddDigests(this IServiceCollection services)
    {
        services.AddSingleton<DigestComposer>();
        return services;
    }
}
