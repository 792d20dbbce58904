using MentorBot.Dialogs.Conversations.Scheduling;

namespace MentorBot.Hosting.Features;

/// <summary>Scheduling (journey 5): find a time, book and move the pair's meeting (the calendar port is Graph's or none).</summary>
internal static class SchedulingFeature
{
    public static IServiceCollection AddScheduling(this IServiceCollection services)
    {
        services.AddSingleton<PairAccess>();
        services.AddSingleton<PairPeople>();
        services.AddSingleton<SlotPlanner>();
        services.AddSingleton<OfferCards>();
        services.AddSingleton<PressedSlots>();
        services.AddSingleton<BookedMeetings>();
        services.AddSingleton<MeetingBooking>();
        services.AddSingleton<MeetingMoves>();
        services.AddSingleton<CircleMeetings>();
        services.AddSharedCommand<FindATime>();
        services.AddCardAction<FindTimeAction>().AddCardAction<BookSlotAction>().AddCardAction<MoveMeetingAction>().AddCardAction<MoveSlotAction>();
        return services;
    }
}
