using MentorBot.Dialogs.Abstractions.Matching;
using MentorBot.Dialogs.Conversations.Matching;
using MentorBot.Jobs;

namespace MentorBot.Hosting.Features;

/// <summary>Matching (journey 4): rounds, the lead's approvals, mentees' choices, mentors' answers and deadlines, circles.</summary>
internal static class MatchingFeature
{
    public static IServiceCollection AddMatching(this IServiceCollection services)
    {
        services.AddSingleton<MatchingRounds>();
        services.AddSingleton<PairOffers>();
        services.AddSingleton<PairEndings>();
        services.AddSingleton<Matchmaking>();
        services.AddSingleton<OfferDeadlineTokens>();
        services.AddSingleton<IOfferDeadlines, HangfireOfferDeadlines>();

        // What a stop between a pair's save and its messages left owed, and offers whose deadline job never ran.
        services.AddSingleton<PairSweep>();
        services.AddTransient<PairSweepJob>();

        services.AddSingleton<MatchApprovals>();
        services.AddSharedCommand<MatchCommand>();
        services.AddCardAction<MatchRunAction>().AddCardAction<PairApproveAction>().AddCardAction<PairRejectAction>();
        services.AddCardAction<PairApproveAllAction>().AddCardAction<PairSwapAction>();
        services.AddSingleton<OfferAnswers>();
        services.AddCardAction<OfferAcceptAction>().AddCardAction<OfferDeclineAction>().AddCardAction<MentorChoiceAction>();

        // Circles for group programmes: the preview's "Form these circles" saves them and introduces their members.
        services.AddSingleton<CircleFormation>();
        services.AddCardAction<CircleFormAction>();
        return services;
    }
}
