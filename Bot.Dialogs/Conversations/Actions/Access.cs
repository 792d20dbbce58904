namespace MentorBot.Dialogs.Conversations.Actions;

/// <summary>
/// Who may press a card button, declared by each action from its parsed payload and enforced by
/// <see cref="AccessGate"/> before the action runs. Every card press is untrusted (another person, an old card, a
/// forged payload), so an action never checks this itself: it receives what the gate loaded in a <see cref="Grant"/>.
/// </summary>
public abstract record Access
{
    /// <summary>Anyone Teams identifies (tenant and Entra object id); what they change is only their own data.</summary>
    public static Access Identified { get; } = new IdentifiedAccess();

    /// <summary>An organisation lead (MentorBot:Leads), who may create programmes in their own organisation.</summary>
    public static Access ProgrammeCreator { get; } = new ProgrammeCreatorAccess();

    /// <summary>A lead of the programme, from the programme's own organisation; by default only while it is open.</summary>
    public static Access LeadOf(string programmeId, bool mustBeOpen = true) => new LeadOfAccess(programmeId, mustBeOpen);

    /// <summary>
    /// A participant of the programme who has not left it; with <paramref name="evenIfLeft"/>, also one who has (leaving
    /// again finishes what a stop between the leave and its consequences left undone).
    /// </summary>
    public static Access MemberOf(string programmeId, bool evenIfLeft = false) => new MemberAccess(programmeId, evenIfLeft);

    /// <summary>The mentee or the mentor of the pair, each from their own tenant; by default an active pair of an open programme.</summary>
    public static Access PairMember(string programmeId, string pairId, bool mustBeActive = true) => new PairMemberAccess(programmeId, pairId, mustBeActive);

    /// <summary>The mentor an offer was made to (whatever its state: the answer says what became of it).</summary>
    public static Access OfferedMentor(string programmeId, string pairId) => new OfferedMentorAccess(programmeId, pairId);

    /// <summary>A mentee of the open programme choosing a mentor; whether that mentor is among their options is the round's to say.</summary>
    public static Access ChoosingMentee(string programmeId) => new ChoosingMenteeAccess(programmeId);
}

internal sealed record IdentifiedAccess : Access;

internal sealed record ProgrammeCreatorAccess : Access;

internal sealed record LeadOfAccess(string ProgrammeId, bool MustBeOpen) : Access;

internal sealed record MemberAccess(string ProgrammeId, bool EvenIfLeft) : Access;

internal sealed record PairMemberAccess(string ProgrammeId, string PairId, bool MustBeActive) : Access;

internal sealed record OfferedMentorAccess(string ProgrammeId, string PairId) : Access;

internal sealed record ChoosingMenteeAccess(string ProgrammeId) : Access;
