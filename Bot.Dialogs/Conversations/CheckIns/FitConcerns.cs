using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Conversations.Scheduling;
using MentorBot.Dialogs.Domain.CheckIns;
using MentorBot.Dialogs.Stores;

namespace MentorBot.Dialogs.Conversations.CheckIns;

/// <summary>
/// "Not a good fit" from either person of a pair reaches the programme's leads, privately (the partner is never
/// told), once per check-in: a bad fit is ended and rematched early rather than left to fade.
/// </summary>
public sealed class FitConcerns(Notices notices, ParticipantStore participants)
{
    public async Task TellLeadsAsync(PairContext pair, CheckIn checkIn, CancellationToken cancellationToken)
    {
        var mentee = await participants.GetAsync(pair.Programme.Id, pair.Pair.MenteeTenantId, pair.Pair.MenteeId, cancellationToken);
        var mentor = await participants.GetAsync(pair.Programme.Id, pair.Pair.MentorTenantId, pair.Pair.MentorId, cancellationToken);
        await notices.TellLeadsAsync(
            pair.Programme,
            "fitConcern",
            $"{pair.Pair.Id}:{checkIn.Period}",
            text => text.Format(
                "LeadFitConcern",
                Name(mentee?.DisplayName, text),
                Name(mentor?.DisplayName, text),
                Markdown.Literal(pair.Programme.Name),
                text[checkIn.Role == Domain.Participants.Role.Mentor ? "RoleMentor" : "RoleMentee"].ToLower(text.Culture)),
            cancellationToken);
    }

    private static string Name(string? name, Localization.Localizer text) => string.IsNullOrWhiteSpace(name) ? text["PersonUnnamed"] : Markdown.Literal(name);
}
