using MentorBot.Dialogs.Abstractions.Programmes;
using MentorBot.Dialogs.Conversations.Programmes;
using MentorBot.Jobs;

namespace MentorBot.Hosting.Features;

/// <summary>Programme setup by leads (journey 3): create, edit, close, invite; long requests run as background jobs.</summary>
internal static class ProgrammesFeature
{
    public static IServiceCollection AddProgrammes(this IServiceCollection services)
    {
        services.AddSingleton<ProgrammeClosing>();
        services.AddSharedCommand<ProgrammeAdmin>();
        services.AddCommand<ProgrammesCommand>();
        services.AddCardAction<ProgrammeNewAction>().AddCardAction<ProgrammeEditAction>().AddCardAction<ProgrammeSaveAction>();
        services.AddCardAction<ProgrammeCloseAction>().AddCardAction<ProgrammeCloseConfirmAction>();
        services.AddCardAction<InviteAction>().AddCardAction<Invitations>();

        // A lead's invitations and matching rounds that send to many run as background jobs and report when done.
        services.AddSingleton<InvitationDelivery>();
        services.AddSingleton<LeadRequestRunner>();
        services.AddSingleton<LeadRequestTokens>();
        services.AddSingleton<ILeadRequests, HangfireLeadRequests>();
        services.AddTransient<LeadRequestJob>();
        services.AddTransient<LeadRequestSweepJob>();
        return services;
    }
}
