using MentorBot.Dialogs.Conversations.Commands;
using MentorBot.Dialogs.Conversations.Flows;
using MentorBot.Dialogs.Conversations.Onboarding;

namespace MentorBot.Hosting.Features;

/// <summary>Joining, onboarding and the profile (journeys 1–2), and pausing, resuming and leaving.</summary>
internal static class OnboardingFeature
{
    public static IServiceCollection AddOnboarding(this IServiceCollection services)
    {
        services.AddSingleton<OnboardingFlow>();
        services.AddSingleton<IConversationFlow>(sp => sp.GetRequiredService<OnboardingFlow>());
        services.AddSingleton<FlowRunner>();
        services.AddSingleton<OnboardingStarter>();
        services.AddSingleton<Membership>();
        services.AddCommand<HelpCommand>().AddCommand<JoinCommand>().AddCommand<CancelCommand>().AddCommand<RestartCommand>();
        services.AddCommand<ProfileCommand>().AddCommand<GoalsCommand>().AddCommand<ResumeCommand>();
        services.AddSharedCommand<PauseCommand>().AddCardAction<PauseAction>();
        services.AddSharedCommand<LeaveCommand>().AddCardAction<LeaveAction>();
        services.AddCardAction<JoinCardAction>().AddCardAction<EditCardAction>();
        return services;
    }
}
