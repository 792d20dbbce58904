using MentorBot.Demo;
using MentorBot.Dialogs.Abstractions.Directory;
using MentorBot.Dialogs.Abstractions.Matching;
using MentorBot.Dialogs.Abstractions.Privacy;
using MentorBot.Dialogs.Abstractions.Programmes;
using MentorBot.Dialogs.Conversations;
using MentorBot.Dialogs.Conversations.Actions;
using MentorBot.Dialogs.Conversations.CheckIns;
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
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<MentorBotOptions>>().Value;
            var home = options.LeadsTenantId is { Length: > 0 } tenant ? tenant : sp.GetRequiredService<IConfiguration>()["MicrosoftAppTenantId"];
            return new LeadRoster(options.Leads, string.IsNullOrWhiteSpace(home) ? null : home);
        });
        services.AddSingleton<ParticipantStore>();
        services.AddSingleton<AccessGate>();
        services.AddSingleton<CardActionRouter>();
        services.AddHostedService<CardActionCheck>();

        // The embedded default knows nothing and onboarding asks; the Graph adapter replaces it where configured.
        services.TryAddSingleton<IDirectory, UnknownDirectory>();

        services.AddSingleton<PairStore>();

        // Erasure runs the sources in this order. The outbox first: it finds the messages that name someone through
        // their profile, reference and addresses, which later sources erase. Offer deadlines and check-ins before pairs
        // (check-ins are found through the pairs), then pairs and circles before profiles: erasing them finds them
        // through the participant records that erasing profiles removes.
        services.AddSingleton<CircleStore>();
        services.AddSingleton<CheckInStore>();
        services.AddSingleton<IPersonalDataSource, OutboxPersonalData>();
        services.AddSingleton<OfferDeadlineTokens>();
        services.AddSingleton<IPersonalDataSource>(sp => sp.GetRequiredService<OfferDeadlineTokens>());
        services.AddSingleton<LeadRequestTokens>();
        services.AddSingleton<IPersonalDataSource>(sp => sp.GetRequiredService<LeadRequestTokens>());
        services.AddSingleton<IPersonalDataSource, CheckInPersonalData>();
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
        services.AddSingleton<PairEndings>();
        services.AddSingleton<ProgrammeClosing>();

        AddCommand<HelpCommand>(services);
        AddCommand<JoinCommand>(services);
        AddCommand<CancelCommand>(services);
        AddCommand<RestartCommand>(services);
        AddCommand<ProfileCommand>(services);
        AddCommand<GoalsCommand>(services);
        AddCommand<ResumeCommand>(services);
        AddCommand<MyDataCommand>(services);
        AddBoth<PauseCommand>(services);
        AddCardAction<PauseAction>(services);
        AddBoth<LeaveCommand>(services);
        AddCardAction<LeaveAction>(services);
        AddBoth<DeleteMyDataCommand>(services);
        services.AddSingleton<ICardAction>(sp => sp.GetRequiredService<DeleteMyDataCommand>());
        AddBoth<ProgrammeAdmin>(services);
        AddCardAction<ProgrammeNewAction>(services);
        AddCardAction<ProgrammeEditAction>(services);
        AddCardAction<ProgrammeSaveAction>(services);
        AddCardAction<ProgrammeCloseAction>(services);
        AddCardAction<ProgrammeCloseConfirmAction>(services);
        AddCommand<ProgrammesCommand>(services);
        AddCardAction<InviteAction>(services);
        AddCardAction<Invitations>(services);

        // A lead's invitations and matching rounds that send to many run as background jobs and report when done.
        services.AddSingleton<InvitationDelivery>();
        services.AddSingleton<LeadRequestRunner>();
        services.AddSingleton<ILeadRequests, HangfireLeadRequests>();
        services.AddTransient<LeadRequestJob>();
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
        AddCardAction<FindTimeAction>(services);
        AddCardAction<BookSlotAction>(services);
        AddCardAction<MoveMeetingAction>(services);
        AddCardAction<MoveSlotAction>(services);
        // Matching (journey 4): rounds, the lead's approvals, the mentees' choices, the mentors' answers and deadlines.
        services.AddSingleton<MatchingRounds>();
        services.AddSingleton<Notices>();
        services.AddSingleton<PairOffers>();
        services.AddSingleton<Matchmaking>();
        services.AddSingleton<IOfferDeadlines, HangfireOfferDeadlines>();

        // What a stop between a pair's save and its messages left owed, and offers whose deadline job never ran.
        services.AddSingleton<PairSweep>();
        services.AddTransient<PairSweepJob>();
        services.AddSingleton<MatchApprovals>();
        AddBoth<MatchCommand>(services);
        AddCardAction<MatchRunAction>(services);
        AddCardAction<PairApproveAction>(services);
        AddCardAction<PairRejectAction>(services);
        AddCardAction<PairApproveAllAction>(services);
        AddCardAction<PairSwapAction>(services);
        services.AddSingleton<OfferAnswers>();
        AddCardAction<OfferAcceptAction>(services);
        AddCardAction<OfferDeclineAction>(services);
        AddCardAction<MentorChoiceAction>(services);

        // Circles for group programmes: the preview's "Form these circles" saves them and introduces their members.
        services.AddSingleton<CircleFormation>();
        AddCardAction<CircleFormAction>(services);

        // Check-ins (journey 6): answered on their own cards, whatever flow the person is in.
        services.AddSingleton<CheckInViews>();
        services.AddSingleton<FitConcerns>();
        services.AddSingleton<CheckInAnswers>();
        services.AddSingleton<CheckInDelivery>();
        services.AddSingleton<CheckInDispatch>();
        AddCardAction<CheckInAnswerAction>(services);
        AddCardAction<CheckInChangeAction>(services);
        AddBoth<CheckInCommand>(services);
        AddCardAction<CheckInOpenAction>(services);
        services.AddSingleton<FitRematches>();
        AddCardAction<FitEndAndRematchAction>(services);

        services.AddSingleton<PersonalChat>();
        return builder;
    }

    private static void AddCommand<T>(IServiceCollection services)
        where T : class, ICommandHandler =>
        services.AddSingleton<ICommandHandler, T>();

    private static void AddCardAction<T>(IServiceCollection services)
        where T : class, ICardAction =>
        services.AddSingleton<ICardAction, T>();

    // Commands whose service the card actions of their cards share.
    private static void AddBoth<T>(IServiceCollection services)
        where T : class, ICommandHandler
    {
        services.AddSingleton<T>();
        services.AddSingleton<ICommandHandler>(sp => sp.GetRequiredService<T>());
    }
}
