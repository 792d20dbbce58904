using MentorBot.Dialogs.Domain.CheckIns;
using MentorBot.Dialogs.Domain.Nudges;
using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Domain.Surveys;

namespace MentorBot.Dialogs.Domain.Digests;

/// <summary>
/// Everything a programme's digest is computed from: either one read of each of the programme's partitions
/// (participants, pairs, check-ins, surveys, nudges and snoozes), never one read per pair; or, for the digest itself,
/// its roster and one row of facts per pair (<see cref="Of"/>), which hold all a digest reads in far fewer rows.
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

    /// <summary>Meetings held in check-in periods these records no longer hold (see <see cref="PairFacts"/>): 0 for full records.</summary>
    public int EarlierMeetings { get; init; }

    /// <summary>The records a digest reads from the programme's pair facts and roster, instead of every check-in.</summary>
    public static ProgrammeRecords Of(Programme programme, IReadOnlyList<Participant> roster, IReadOnlyList<PairFacts> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return new ProgrammeRecords
        {
            Programme = programme,
            Participants = roster,
            Pairs = [.. facts.Select(f => f.Pair)],
            CheckIns = [.. facts.SelectMany(f => f.CheckIns)],
            Surveys = [.. facts.SelectMany(f => f.Surveys)],
            Nudges = [.. facts.SelectMany(f => f.Nudges)],
            Snoozes = [.. facts.SelectMany(f => f.Snoozes)],
            EarlierMeetings = facts.Sum(f => f.EarlierMeetings),
        };
    }

    /// <summary>A participant as the digest's roster keeps them: without their goals, skills and languages, which no digest shows.</summary>
    public static Participant RosterEntry(Participant participant) =>
        participant with { Goals = [], Skills = [], Languages = [] };
}
