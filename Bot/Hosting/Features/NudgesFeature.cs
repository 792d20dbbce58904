using MentorBot.Dialogs.Conversations.Nudges;

namespace MentorBot.Hosting.Features;

/// <summary>Nudges, reminders, escalations and the stay/pause/leave question (journey 7): dispatched on schedule, answered on their cards.</summary>
internal static class NudgesFeature
{
    public static IServiceCollection AddNudges(this IServiceCollection services)
    {
        services.AddSingleton<NudgeDelivery>();
        services.AddSingleton<NudgeDispatch>();
        services.AddSingleton<LeadHours>();
        services.AddSingleton<NudgeViews>();
        services.AddSingleton<PairSnoozes>();
        services.AddSingleton<StayPauseLeaveAnswers>();
        services.AddCommand<SnoozeCommand>();
        services.AddCardAction<NudgeSnoozeAction>().AddCardAction<StayPauseLeaveAction>();
        services.AddSingleton<Escalations>();
        services.AddCardAction<EscalationNudgeAction>().AddCardAction<EscalationMessageAction>().AddCardAction<EscalationEndAction>();
        return services;
    }
}
