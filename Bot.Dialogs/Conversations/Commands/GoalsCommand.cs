using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Domain.CheckIns;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Stores;

namespace MentorBot.Dialogs.Conversations.Commands;

/// <summary>
/// `goals`: the goals of the user's current programme (the most recently joined active one), each with the progress
/// their own check-ins reported, in every pair they had there; Edit goals opens the profile's goal step.
/// </summary>
public sealed class GoalsCommand(ParticipantStore participants, ProgrammeStore programmes, PairStore pairs, CheckInStore checkIns) : ICommandHandler
{
    public BotCommand Command => BotCommands.Goals;

    public async Task HandleAsync(ChatTurn turn, string argument, CancellationToken cancellationToken)
    {
        var current = turn.HasIdentity
            ? (await participants.ForUserAsync(turn.TenantId, turn.UserObjectId, cancellationToken)).FirstOrDefault(p => p.Status != ParticipantStatus.Left)
            : null;
        if (current is null)
        {
            await turn.SayAsync(turn.Text["ProfileNone"], cancellationToken);
            return;
        }

        var mine = new List<CheckIn>();
        foreach (var pair in (await pairs.InProgrammeAsync(current.ProgrammeId, cancellationToken)).Where(p => p.Involves(turn.UserObjectId)))
            mine.AddRange(await checkIns.ForPersonAsync(current.ProgrammeId, pair.Id, turn.TenantId, turn.UserObjectId, cancellationToken));

        var programme = await programmes.GetAsync(current.ProgrammeId, cancellationToken);
        var view = new GoalProgressCard.View(current.ProgrammeId, programme?.Name ?? current.ProgrammeId, GoalHistory.Of(current.Goals, mine), current.WorkingHours?.TimeZone ?? "UTC");
        await turn.SayAsync(GoalProgressCard.Build(view, turn.Text), cancellationToken);
    }
}
