using MentorBot.Dialogs.Abstractions.Directory;
using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Domain.Circles;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Stores;

namespace MentorBot.Dialogs.Conversations.Scheduling;

/// <summary>
/// `find a time` from someone in a circle rather than a pair. The bot books meetings for two; a circle's meetings are
/// its facilitator's call (finding one time for five calendars is a conversation, not a query), so the answer says who
/// proposes them and gives a Teams new-meeting link with the other members invited.
/// </summary>
public sealed class CircleMeetings(ParticipantStore participants, ProgrammeStore programmes, CircleStore circles, IContactLookup contacts)
{
    /// <summary>Answers for each open programme where the user is in a circle; false when they are in none.</summary>
    public async Task<bool> TryAnswerAsync(ChatTurn turn, CancellationToken cancellationToken)
    {
        if (!turn.HasIdentity)
            return false;
        var answered = false;
        foreach (var membership in await participants.ForUserAsync(turn.TenantId, turn.UserObjectId, cancellationToken))
        {
            if (await programmes.GetAsync(membership.ProgrammeId, cancellationToken) is not { IsOpen: true } programme)
                continue;
            var circle = (await circles.InProgrammeAsync(programme.Id, cancellationToken)).FirstOrDefault(c => c.Members.Any(m => Is(m, turn)));
            if (circle is null)
                continue;
            await turn.SayAsync(CircleMeetingCard.Build(await ViewAsync(programme, circle, turn, cancellationToken), turn.Text), cancellationToken);
            answered = true;
        }

        return answered;
    }

    private async Task<CircleMeetingCard.View> ViewAsync(Programme programme, CircleRecord circle, ChatTurn turn, CancellationToken cancellationToken)
    {
        var others = circle.Members.Where(m => !Is(m, turn)).ToList();
        var addresses = new List<string>();
        foreach (var tenant in others.GroupBy(m => m.TenantId, StringComparer.OrdinalIgnoreCase))
            addresses.AddRange((await contacts.AddressesOfAsync(tenant.Key, [.. tenant.Select(m => m.UserObjectId)], cancellationToken)).Values);

        var youFacilitate = string.Equals(circle.FacilitatorId, turn.UserObjectId, StringComparison.OrdinalIgnoreCase);
        string? facilitatorName = null;
        if (!youFacilitate && circle.Members.FirstOrDefault(m => string.Equals(m.UserObjectId, circle.FacilitatorId, StringComparison.OrdinalIgnoreCase)) is { } facilitator)
        {
            var person = await participants.GetAsync(programme.Id, facilitator.TenantId, facilitator.UserObjectId, cancellationToken);
            facilitatorName = person is null ? turn.Text["PersonUnnamed"] : PersonFacts.NameOf(person, turn.Text);
        }

        var subject = turn.Text.Format("ScheduleCircleSubject", circle.Number, programme.Name);
        return new CircleMeetingCard.View(programme.Name, circle.Number, youFacilitate, facilitatorName, others.Count, others.Count - addresses.Count, TeamsMeetingLink.ForGroup(subject, addresses));
    }

    private static bool Is(CircleMember member, ChatTurn turn) =>
        string.Equals(member.UserObjectId, turn.UserObjectId, StringComparison.OrdinalIgnoreCase)
        && string.Equals(member.TenantId, turn.TenantId, StringComparison.OrdinalIgnoreCase);
}
