using MentorBot.Dialogs.Conversations;
using MentorBot.Dialogs.Conversations.Actions;

namespace MentorBot.Hosting.Features;

/// <summary>How a feature registers its commands and card actions, so the router and the personal chat find them.</summary>
internal static class ServiceRegistration
{
    public static IServiceCollection AddCommand<T>(this IServiceCollection services)
        where T : class, ICommandHandler =>
        services.AddSingleton<ICommandHandler, T>();

    public static IServiceCollection AddCardAction<T>(this IServiceCollection services)
        where T : class, ICardAction =>
        services.AddSingleton<ICardAction, T>();

    /// <summary>A command whose instance the card actions of its cards also use.</summary>
    public static IServiceCollection AddSharedCommand<T>(this IServiceCollection services)
        where T : class, ICommandHandler =>
        services.AddSingleton<T>().AddSingleton<ICommandHandler>(sp => sp.GetRequiredService<T>());
}
