using MentorBot.Dialogs.Abstractions.Directory;
using MentorBot.Dialogs.Localization;
using MentorBot.Dialogs.Stores;

namespace MentorBot.Dialogs.Conversations.Scheduling;

/// <summary>What the scheduling cards say about the two people: their names, and how to reach the other one.</summary>
public sealed class PairPeople(ParticipantStore participants, IContactLookup contacts)
{
    public async Task<string> NameOfOtherAsync(PairContext context, Localizer text, CancellationToken cancellationToken) =>
        await NameAsync(context, context.OtherTenantId, context.OtherId, cancellationToken)
        ?? text[context.ViewerIsMentor ? "ScheduleYourMentee" : "ScheduleYourMentor"];

    public async Task<string> NameOfViewerAsync(PairContext context, Localizer text, CancellationToken cancellationToken)
    {
        var tenant = context.ViewerIsMentor ? context.Pair.MentorTenantId : context.Pair.MenteeTenantId;
        return await NameAsync(context, tenant, context.ViewerId, cancellationToken)
            ?? text[context.ViewerIsMentor ? "ScheduleYourMentor" : "ScheduleYourMentee"];
    }

    /// <summary>The mentor's language: a booked meeting sits in their calendar, so its subject is written for them.</summary>
    public async Task<Localizer> MentorLanguageAsync(PairContext context, Localizer viewer, CancellationToken cancellationToken) =>
        context.ViewerIsMentor ? viewer : new Localizer(await contacts.LocaleOfAsync(context.Pair.MentorTenantId, context.Pair.MentorId, cancellationToken));

    public Task<Contact> ContactOfOtherAsync(PairContext context, CancellationToken cancellationToken) =>
        contacts.FindByIdAsync(context.OtherTenantId, context.OtherId, cancellationToken);

    private async Task<string?> NameAsync(PairContext context, string tenantId, string userObjectId, CancellationToken cancellationToken) =>
        (await participants.GetAsync(context.Programme.Id, tenantId, userObjectId, cancellationToken))?.DisplayName is { Length: > 0 } name ? name : null;
}
