using MentorBot.Dialogs.Conversations.Nudges;

namespace MentorBot.Hosting.Features;

/// <summary>Nudges, reminders, escalations, the stay/pause/leave question (journey 7) and the faded-relationship question (journey 8): dispatched on schedule, answered on their cards.</summary>
internal static class NudgesFeature
{
    public static IServiceCollection AddNudges(this IServiceCollection services)
    {
        services.AddSingleton<NudgeDelivery>();
        services.AddSingleton<NudgeDispatch>();
        services.AddSingleton<LeadHours>();
        services.AddSingleton<NudgeViews>();
        services.AddSingleton<PairSnoozes>();
        services.AddSingleton<NudgePauses>();
        services.AddSingleton<StayPauseLeaveAnswers>();
        services.AddCommand<SnoozeCommand>();
        services.AddCardAction<NudgeSnoozeAction>().AddCardAction<StayPauseLeaveAction>();
        services.AddSingleton<PairSituations>();
        services.AddSingleton<LeadNudges>();
        services.AddSingleton<LeadMessages>();
        services.AddSingleton<Escalations>();
        services.AddCardAction<EscalationNudgeAction>().AddCardAction<EscalationMessageAction>().AddCardAction<EscalationEndAction>();
        services.AddSingleton<FadedEndings>();
        services.AddSingleton<FadedAnswers>();
        services.AddCardAction<FadedAnswerAction>().AddCardAction<FadedDecideAction>();
        return services;
    }
}
