using MentorBot.Dialogs.Conversations.Surveys;

namespace MentorBot.Hosting.Features;

/// <summary>Feedback surveys answered (journey 8): `feedback` opens the open one, its card is answered in place, and the end survey's choice continues or closes the pair.</summary>
internal static class FeedbackFeature
{
    public static IServiceCollection AddFeedback(this IServiceCollection services)
    {
        services.AddSingleton<SurveyViews>();
        services.AddSingleton<CycleEnd>();
        services.AddSingleton<SurveyAnswers>();
        services.AddCommand<FeedbackCommand>();
        services.AddCardAction<SurveyAnswerAction>().AddCardAction<ContinuingOptInAction>();
        return services;
    }
}
