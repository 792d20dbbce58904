using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Conversations.Scheduling;
using MentorBot.Dialogs.Domain.CheckIns;
using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Localization;
using MentorBot.Dialogs.Stores;

namespace MentorBot.Dialogs.Conversations.CheckIns;

/// <summary>
/// "Not a good fit" from either person of a pair reaches the programme's leads, privately (the partner is never
/// told), once per check-in, as a card with one-click End and rematch (<see cref="Matching.Rematches"/>): a bad fit is
/// ended and rematched early rather than left to fade.
/// </summary>
public sealed class FitConcerns(Notices notices, ParticipantStore participants)
{
    public async Task TellLeadsAsync(PairContext pair, CheckIn checkIn, CancellationToken cancellationToken)
    {
        var (mentee, mentor) = await PeopleAsync(pair.Programme, pair.Pair, cancellationToken);
        foreach (var lead in pair.Programme.Leads)
        {
            await notices.SendAsync(
                pair.Programme.TenantId,
                lead,
                "fitConcern",
                $"{pair.Pair.Id}:{checkIn.Period}",
                text => (null, FitConcernCard.Build(new FitConcernCard.View(pair.Programme.Id, pair.Pair.Id, Message(pair.Programme, mentee, mentor, checkIn.Role, text)), text)),
                cancellationToken);
        }
    }

    /// <summary>The card's heading line without who answered (the card in place after End and rematch).</summary>
    public async Task<string> PairLineAsync(Programme programme, Pair pair, Localizer text, CancellationToken cancellationToken)
    {
        var (mentee, mentor) = await PeopleAsync(programme, pair, cancellationToken);
        return text.Format("FitConcernPair", Name(mentee?.DisplayName, text), Name(mentor?.DisplayName, text), Markdown.Literal(programme.Name));
    }

    private static string Message(Programme programme, Participant? mentee, Participant? mentor, Role answeredBy, Localizer text) =>
        text.Format(
            "LeadFitConcern",
            Name(mentee?.DisplayName, text),
            Name(mentor?.DisplayName, text),
            Markdown.Literal(programme.Name),
            text[answeredBy == Role.Mentor ? "RoleMentor" : "RoleMentee"].ToLower(text.Culture));

    private async Task<(Participant? Mentee, Participant? Mentor)> PeopleAsync(Programme programme, Pair pair, CancellationToken cancellationToken) =>
        (await participants.GetAsync(programme.Id, pair.MenteeTenantId, pair.MenteeId, cancellationToken),
         await participants.GetAsync(programme.Id, pair.MentorTenantId, pair.MentorId, cancellationToken));

    private static string Name(string? name, Localizer text) => string.IsNullOrWhiteSpace(name) ? text["PersonUnnamed"] : Markdown.Literal(name);
}
