using MentorBot.Dialogs.Abstractions.Privacy;
using MentorBot.Dialogs.Conversations.Actions;
using MentorBot.Dialogs.Conversations.Commands;
using MentorBot.Dialogs.Conversations.Programmes;
using MentorBot.Dialogs.Stores;
using MentorBot.Jobs;
using MentorBot.Messaging;

namespace MentorBot.Hosting.Features;

/// <summary>`my data` and `delete my data` (journey 10), and every source of personal data they read and erase.</summary>
internal static class PrivacyFeature
{
    public static IServiceCollection AddPrivacy(this IServiceCollection services)
    {
        services.AddCommand<MyDataCommand>();
        services.AddSharedCommand<DeleteMyDataCommand>();
        services.AddSingleton<ICardAction>(sp => sp.GetRequiredService<DeleteMyDataCommand>());

        // Erasure runs the sources in this order. The outbox first: it finds the messages that name someone through
        // their profile, reference and addresses, which later sources erase. Job tokens, check-ins, nudges and surveys before
        // pairs (they are found through the pairs), then pairs and circles before profiles: erasing them finds them
        // through the participant records that erasing profiles removes. The erasure scan tests catch a wrong order.
        services.AddSingleton<IPersonalDataSource, OutboxPersonalData>();
        services.AddSingleton<IPersonalDataSource>(sp => sp.GetRequiredService<OfferDeadlineTokens>());
        services.AddSingleton<IPersonalDataSource>(sp => sp.GetRequiredService<LeadRequestTokens>());
        services.AddSingleton<IPersonalDataSource, CheckInPersonalData>();
        services.AddSingleton<IPersonalDataSource, NudgePersonalData>();
        services.AddSingleton<IPersonalDataSource, SurveyPersonalData>();
        services.AddSingleton<IPersonalDataSource, PairPersonalData>();
        services.AddSingleton<IPersonalDataSource, CirclePersonalData>();
        services.AddSingleton<IPersonalDataSource, ParticipantPersonalData>();
        services.AddSingleton<IPersonalDataSource, ConversationReferencePersonalData>();
        services.AddSingleton<IPersonalDataSource>(sp => sp.GetRequiredService<KnownPeople>());
        return services;
    }
}
