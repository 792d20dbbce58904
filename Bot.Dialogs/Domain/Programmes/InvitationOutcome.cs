namespace MentorBot.Dialogs.Domain.Programmes;

/// <summary>Where each address of an invitation ended up.</summary>
public sealed record InvitationOutcome(
    IReadOnlyList<string> Invited,
    IReadOnlyList<string> AlreadyInvited,
    IReadOnlyList<string> NotReachable,
    IReadOnlyList<RefusedAddress> Refused);
