using MentorBot.Dialogs.Domain.CheckIns;
using MentorBot.Dialogs.Domain.Nudges;
using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Domain.Surveys;

namespace MentorBot.Dialogs.Domain.Digests;

/// <summary>
/// Everything a programme's digest is computed from: one read of each of the programme's partitions (participants,
/// pairs, check-ins, surveys, nudges and snoozes), never one read per pair.
/// </summary>
public sealed record ProgrammeRecords
{
    public required Programme Programme { get; init; }

    public IReadOnlyList<Participant> Participants { get; init; } = [];

    public IReadOnlyList<Pair> Pairs { get; init; } = [];

    public IReadOnlyList<CheckIn> CheckIns { get; init; } = [];

    public IReadOnlyList<Survey> Surveys { get; init; } = [];

    public IReadOnlyList<Nudge> Nudges { get; init; } = [];

    public IReadOnlyList<Snooze> Snoozes { get; init; } = [];
}
