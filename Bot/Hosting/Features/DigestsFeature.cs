using MentorBot.Dialogs.Conversations.Digests;

namespace MentorBot.Hosting.Features;

/// <summary>Lead digests (journey 9): what the programme's figures say, on demand and on schedule, and the at-risk list's one-click actions.</summary>
internal static class DigestsFeature
{
    public static IServiceCollection AddDigests(this IServiceCollection services)
    {
        services.AddSingleton<DigestReader>();
        services.AddSingleton<DigestComposer>();
        services.AddSingleton<LeadProgrammes>();
        services.AddSingleton<DigestRows>();
        services.AddCommand<DigestCommand>().AddCommand<AtRiskCommand>();
        services.AddCardAction<DigestShowAction>().AddCardAction<DigestNudgeAction>().AddCardAction<DigestMessageAction>().AddCardAction<DigestEndAction>();
        return services;
    }
}
