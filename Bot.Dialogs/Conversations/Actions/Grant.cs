using MentorBot.Dialogs.Conversations.Scheduling;
using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;

namespace MentorBot.Dialogs.Conversations.Actions;

/// <summary>
/// What the gate loaded while checking an <see cref="Access"/>: the action works on these, read once, rather than
/// reading the card's ids again. Which parts are set follows from the access the action declared.
/// </summary>
public sealed record Grant
{
    public static Grant Identity { get; } = new();

    public Programme? Programme { get; init; }

    /// <summary>The programme's stored version when it was read (lead actions save against it).</summary>
    public string? ProgrammeVersion { get; init; }

    /// <summary>The presser's own membership of the programme (member and mentee accesses).</summary>
    public Participant? Participant { get; init; }

    /// <summary>The pair as the presser sees it, with its stored version (pair and offer accesses).</summary>
    public PairContext? Pair { get; init; }

    public Programme RequiredProgramme => Programme ?? throw new InvalidOperationException("This access did not load a programme.");

    public PairContext RequiredPair => Pair ?? throw new InvalidOperationException("This access did not load a pair.");

    public Participant RequiredParticipant => Participant ?? throw new InvalidOperationException("This access did not load a participant.");
}
