using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Conversations.Scheduling;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Stores;

namespace MentorBot.Dialogs.Conversations.Actions;

/// <summary>
/// Decides whether the person pressing may do what an action declared, from stored state only (never from the
/// card): the programme, pair or membership is read, the presser's tenant and object id compared with it, and the
/// presser told in their language why not. An object id means nothing in another tenant, so every check compares both.
/// </summary>
public sealed class AccessGate(ProgrammeStore programmes, ParticipantStore participants, PairStore pairs, LeadRoster leads)
{
    /// <summary>What the presser may act on, or a refusal with the message key that says why.</summary>
    public async Task<(Grant? Grant, Refusal? Refusal)> CheckAsync(ChatTurn turn, Access access, CancellationToken cancellationToken)
    {
        if (!turn.HasIdentity)
            return (null, new Refusal("NoIdentity"));
        return access switch
        {
            IdentifiedAccess => (Grant.Identity, null),
            ProgrammeCreatorAccess => leads.CanCreateProgrammes(turn.TenantId, turn.UserObjectId) ? (Grant.Identity, null) : (null, new Refusal("LeadsOnly")),
            LeadOfAccess lead => await LeadAsync(turn, lead, cancellationToken),
            MemberAccess member => await MemberAsync(turn, member.ProgrammeId, Role.Mentee, anyRole: true, mustBeOpen: false, member.EvenIfLeft, cancellationToken),
            ChoosingMenteeAccess mentee => await MemberAsync(turn, mentee.ProgrammeId, Role.Mentee, anyRole: false, mustBeOpen: true, evenIfLeft: false, cancellationToken),
            PairMemberAccess pair => await PairAsync(turn, pair.ProgrammeId, pair.PairId, mentorOnly: false, pair.MustBeActive, cancellationToken),
            OfferedMentorAccess offer => await PairAsync(turn, offer.ProgrammeId, offer.PairId, mentorOnly: true, mustBeActive: false, cancellationToken),
            _ => throw new InvalidOperationException($"The gate does not know the access {access.GetType().Name}."),
        };
    }

    /// <summary>
    /// Lead actions: a lead of the programme (its own or an organisation lead) in the programme's own tenant. Leads
    /// of another organisation taking part in a cross-organisation programme are participants there, not its leads.
    /// </summary>
    public bool IsLead(ChatTurn turn, Programme programme) =>
        turn.HasIdentity && leads.Leads(programme, turn.TenantId, turn.UserObjectId);

    private async Task<(Grant?, Refusal?)> LeadAsync(ChatTurn turn, LeadOfAccess access, CancellationToken cancellationToken)
    {
        if (await programmes.GetVersionedAsync(access.ProgrammeId, cancellationToken) is not { } found)
            return (null, new Refusal("ProgrammeUnknown"));
        if (!IsLead(turn, found.Programme))
            return (null, new Refusal("LeadsOnly"));
        if (access.MustBeOpen && !found.Programme.IsOpen)
            return (null, new Refusal("ProgrammeIsClosed", Markdown.Literal(found.Programme.Name)));
        return (new Grant { Programme = found.Programme, ProgrammeVersion = found.Version }, null);
    }

    private async Task<(Grant?, Refusal?)> MemberAsync(ChatTurn turn, string programmeId, Role role, bool anyRole, bool mustBeOpen, bool evenIfLeft, CancellationToken cancellationToken)
    {
        var programme = await programmes.GetAsync(programmeId, cancellationToken);
        var participant = programme is null ? null : await participants.GetAsync(programmeId, turn.TenantId, turn.UserObjectId, cancellationToken);
        if (programme is null)
            return (null, new Refusal("ProgrammeUnknown"));

        // Someone who left presses a card from before: out of date. Someone who never took part: not theirs.
        if (participant is { Status: ParticipantStatus.Left } && !evenIfLeft)
            return (null, new Refusal("ProfileCardStale"));
        if (participant is null || !programme.AdmitsTenant(turn.TenantId))
            return (null, new Refusal("ActionNotAMember"));
        if (!anyRole && participant.Role != role)
            return (null, new Refusal("ChoiceMenteesOnly"));
        if (mustBeOpen && !programme.IsOpen)
            return (null, new Refusal("ProgrammeIsClosed", Markdown.Literal(programme.Name)));
        return (new Grant { Programme = programme, Participant = participant }, null);
    }

    private async Task<(Grant?, Refusal?)> PairAsync(ChatTurn turn, string programmeId, string pairId, bool mentorOnly, bool mustBeActive, CancellationToken cancellationToken)
    {
        var unknown = mentorOnly ? "OfferUnknown" : "SchedulePairUnknown";
        var found = await pairs.GetVersionedAsync(programmeId, pairId, cancellationToken);
        var programme = found is null ? null : await programmes.GetAsync(programmeId, cancellationToken);
        if (found is not { } versioned || programme is null)
            return (null, new Refusal(unknown));

        var pair = versioned.Pair;
        var isMentor = Same(pair.MentorId, turn.UserObjectId) && Same(pair.MentorTenantId, turn.TenantId);
        var isMentee = Same(pair.MenteeId, turn.UserObjectId) && Same(pair.MenteeTenantId, turn.TenantId);
        if (mentorOnly ? !isMentor : !(isMentor || isMentee))
            return (null, new Refusal(mentorOnly ? "OfferNotYours" : unknown));
        if (mustBeActive && (!pair.IsActive || !programme.IsOpen))
            return (null, new Refusal("SchedulePairNotActive"));
        if (mentorOnly && !programme.IsOpen)
            return (null, new Refusal("OfferProgrammeClosed"));
        return (new Grant { Programme = programme, Pair = new PairContext(programme, pair, versioned.Version, turn.UserObjectId) }, null);
    }

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
