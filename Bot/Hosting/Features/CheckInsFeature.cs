using MentorBot.Dialogs.Conversations.CheckIns;
using MentorBot.Dialogs.Conversations.Matching;
using MentorBot.Jobs;

namespace MentorBot.Hosting.Features;

/// <summary>Check-ins (journey 6): dispatched on schedule, opened any time, answered on their own cards whatever flow the person is in.</summary>
internal static class CheckInsFeature
{
    public static IServiceCollection AddCheckIns(this IServiceCollection services)
    {
        services.AddSingleton<CheckInViews>();
        services.AddSingleton<FitConcerns>();
        services.AddSingleton<Rematches>();
        services.AddSingleton<CheckInAnswers>();
        services.AddSingleton<CheckInDelivery>();
        services.AddSingleton<CheckInDispatch>();
        services.AddSharedCommand<CheckInCommand>();
        services.AddCardAction<CheckInAnswerAction>().AddCardAction<CheckInChangeAction>().AddCardAction<CheckInOpenAction>();
        services.AddCardAction<FitEndAndRematchAction>();
        return services;
    }
}
