using MentorBot.Dialogs.Conversations.Surveys;

namespace MentorBot.Hosting.Features;

/// <summary>Feedback surveys (journey 8): the mid and end surveys and their reminders, dispatched on schedule.</summary>
internal static class SurveysFeature
{
    public static IServiceCollection AddSurveys(this IServiceCollection services)
    {
        services.AddSingleton<SurveyDelivery>();
        services.AddSingleton<SurveyDispatch>();
        return services;
    }
}
