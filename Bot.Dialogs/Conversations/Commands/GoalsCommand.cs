using MentorBot.Dialogs.Conversations.Onboarding;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Stores;

namespace MentorBot.Dialogs.Conversations.Commands;

/// <summary>`goals`: edits the goals of the user's current programme (the most recently joined active one).</summary>
public sealed class GoalsCommand(ParticipantStore participants, OnboardingStarter starter) : ICommandHandler
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

        await starter.EditAsync(turn, current, GoalsStep.StepName, cancellationToken);
    }
}
