using MentorBot.Demo;
using MentorBot.Dialogs.Abstractions.Directory;
using MentorBot.Dialogs.Conversations;
using MentorBot.Dialogs.Conversations.Actions;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Stores;
using MentorBot.Hosting.Features;
using MentorBot.Messaging;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace MentorBot.Hosting;

/// <summary>
/// The conversations: what every feature shares (the repositories, the lead roster, the card-action gate and router,
/// the personal chat), then each feature's own services, commands and card actions.
/// </summary>
internal static class ConversationHosting
{
    public static WebApplicationBuilder AddMentorBotConversations(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<ProgrammeStore>();
        services.AddSingleton<ParticipantStore>();
        services.AddSingleton<PairStore>();
        services.AddSingleton<CircleStore>();
        services.AddSingleton<CheckInStore>();
        services.AddSingleton<NudgeStore>();
        services.AddSingleton<SurveyStore>();
        services.AddSingleton<DigestFactsStore>();
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<MentorBotOptions>>().Value;
            var home = options.LeadsTenantId is { Length: > 0 } tenant ? tenant : sp.GetRequiredService<IConfiguration>()["MicrosoftAppTenantId"];
            return new LeadRoster(options.Leads, string.IsNullOrWhiteSpace(home) ? null : home);
        });

        // Every card press goes through the gate; start-up fails when a card's verb has no action or two.
        services.AddSingleton<AccessGate>();
        services.AddSingleton<CardActionRouter>();
        services.AddHostedService<CardActionCheck>();

        // The embedded default knows nothing and onboarding asks; the Graph adapter replaces it where configured.
        services.TryAddSingleton<IDirectory, UnknownDirectory>();
        services.AddSingleton<KnownPeople>();
        services.AddSingleton<IPeopleLookup>(sp => sp.GetRequiredService<KnownPeople>());
        services.AddSingleton<IContactLookup>(sp => sp.GetRequiredService<KnownPeople>());
        services.AddSingleton<MentorBot.Teams.MemberAddresses>();
        services.AddSingleton<Notices>();

        services.AddOnboarding()
            .AddProgrammes()
            .AddMatching()
            .AddScheduling()
            .AddCheckIns()
            .AddNudges()
            .AddSurveys()
            .AddDigests()
            .AddExports()
            .AddFeedback()
            .AddPrivacy()
            .AddDemo();

        services.AddSingleton<PersonalChat>();
        return builder;
    }

    /// <summary>The demo programme tools/run.sh asks for (MentorBot:DemoTenantId); it does nothing when that is not set.</summary>
    private static IServiceCollection AddDemo(this IServiceCollection services) => services.AddHostedService<DemoProgramme>();
}
