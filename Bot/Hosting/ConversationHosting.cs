using MentorBot.Demo;
using MentorBot.Dialogs.Abstractions.Directory;
using MentorBot.Dialogs.Abstractions.Matching;
using MentorBot.Dialogs.Abstractions.Privacy;
using MentorBot.Dialogs.Conversations;
using MentorBot.Dialogs.Conversations.Commands;
using MentorBot.Dialogs.Conversations.Flows;
using MentorBot.Dialogs.Conversations.Matching;
using MentorBot.Dialogs.Conversations.Onboarding;
using MentorBot.Dialogs.Conversations.Programmes;
using MentorBot.Dialogs.Conversations.Scheduling;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Stores;
using MentorBot.Jobs;
using MentorBot.Messaging;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace MentorBot.Hosting;

/// <summary>The conversations, their flows and handlers, and the repositories they use.</summary>
internal static class ConversationHosting
{
    public static WebApplicationBuilder AddMentorBotConversations(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<ProgrammeStore>();
        services.AddSingleton(sp => new LeadRoster(sp.GetRequiredService<IOptions<MentorBotOptions>>().Value.Leads));
        services.AddSingleton<ParticipantStore>();
        services.AddSingleton<LeadAccess>();

        // The embedded default knows nothing and onboarding asks; the Graph adapter replaces it where configured.
        services.TryAddSingleton<IDirectory, UnknownDirectory>();

        services.AddSingleton<PairStore>();

        // Erasure runs the sources in this order. The outbox first: it finds the messages that name someone through
        // their profile, reference and addresses, which later sources erase. Offer deadlines before pairs, then pairs and
        // circles before profiles: erasing them finds them through the participant records that erasing profiles removes.
        services.AddSingleton<CircleStore>();
        services.AddSingleton<IPersonalDataSource, OutboxPersonalData>();
        services.AddSingleton<OfferDeadlineTokens>();
        services.AddSingleton<IPersonalDataSource>(sp => sp.GetRequiredService<OfferDeadlineTokens>());
        services.AddSingleton<IPersonalDataSource, PairPersonalData>();
        services.AddSingleton<IPersonalDataSource, CirclePersonalData>();
        services.AddSingleton<IPersonalDataSource, ParticipantPersonalData>();
        services.AddSingleton<IPersonalDataSource, ConversationReferencePersonalData>();
        services.AddSingleton<KnownPeople>();
        services.AddSingleton<IPeopleLookup>(sp => sp.GetRequiredService<KnownPeople>());
        services.AddSingleton<IContactLookup>(sp => sp.GetRequiredService<KnownPeople>());
        services.AddSingleton<IPersonalDataSource>(sp => sp.GetRequiredService<KnownPeople>());
        services.AddSingleton<MentorBot.Teams.MemberAddresses>();

        services.AddSingleton<OnboardingFlow>();
        services.AddSingleton<IConversationFlow>(sp => sp.GetRequiredService<OnboardingFlow>());
        services.AddSingleton<FlowRunner>();
        services.AddSingleton<OnboardingStarter>();
        services.AddSingleton<Membership>();

        AddCommand<HelpCommand>(services);
        AddCommand<JoinCommand>(services);
        AddCommand<CancelCommand>(services);
        AddCommand<RestartCommand>(services);
        AddCommand<ProfileCommand>(services);
        AddCommand<GoalsCommand>(services);
        AddCommand<ResumeCommand>(services);
        AddCommand<MyDataCommand>(services);
        AddBoth<PauseCommand>(services);
        AddBoth<LeaveCommand>(services);
        AddBoth<DeleteMyDataCommand>(services);
        AddBoth<ProgrammeAdmin>(services);
        AddCommand<ProgrammesCommand>(services);
        AddCardAction<Invitations>(services);
        AddCardAction<JoinCardAction>(services);
        AddCardAction<EditCardAction>(services);

        // Scheduling: find a time and book (journey 5).
        services.TryAddSingleton<PairStore>();
        services.AddSingleton<PairAccess>();
        services.AddSingleton<PairPeople>();
        services.AddSingleton<SlotPlanner>();
        services.AddSingleton<OfferCards>();
        services.AddSingleton<PressedSlots>();
        services.AddSingleton<BookedMeetings>();
        services.AddSingleton<MeetingBooking>();
        services.AddHostedService<DemoProgramme>();
        services.AddSingleton<MeetingMoves>();
        services.AddSingleton<CircleMeetings>();
        AddBoth<FindATime>(services);
        // Matching (journey 4): rounds, the lead's approvals, the mentees' choices, the mentors' answers and deadlines.
        services.AddSingleton<MatchingRounds>();
        services.AddSingleton<Notices>();
        services.AddSingleton<PairOffers>();
        services.AddSingleton<Matchmaking>();
        services.AddSingleton<IOfferDeadlines, HangfireOfferDeadlines>();
        AddBoth<MatchCommand>(services);
        AddCardAction<OfferAnswers>(services);
        AddCardAction<MentorChoiceAction>(services);

        // Circles for group programmes: the preview's "Form these circles" saves them and introduces their members.
        services.AddSingleton<CircleFormation>();
        AddCardAction<CircleFormAction>(services);

        services.AddSingleton<PersonalChat>();
        return builder;
    }

    private static void AddCommand<T>(IServiceCollection services)
        where T : class, ICommandHandler =>
        services.AddSingleton<ICommandHandler, T>();

    private static void AddCardAction<T>(IServiceCollection services)
        where T : class, ICardActionHandler =>
        services.AddSingleton<ICardActionHandler, T>();

    // Commands that come with their own confirmation card handle both the text and the button.
    private static void AddBoth<T>(IServiceCollection services)
        where T : class, ICommandHandler, ICardActionHandler
    {
        services.AddSingleton<T>();
        services.AddSingleton<ICommandHandler>(sp => sp.GetRequiredService<T>());
        services.AddSingleton<ICardActionHandler>(sp => sp.GetRequiredService<T>());
    }
}
