using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Stores;

namespace MentorBot.Dialogs.Conversations.Commands;

/// <summary>`profile`: everything the user told us, per programme, each part editable.</summary>
public sealed class ProfileCommand(ParticipantStore participants, ProgrammeStore programmes) : ICommandHandler
{
    public BotCommand Command => BotCommands.Profile;

    public async Task HandleAsync(ChatTurn turn, string argument, CancellationToken cancellationToken)
    {
        var mine = turn.HasIdentity ? await participants.ForUserAsync(turn.TenantId, turn.UserObjectId, cancellationToken) : [];
        if (mine.Count == 0)
        {
            await turn.SayAsync(turn.Text["ProfileNone"], cancellationToken);
            return;
        }

        foreach (var participant in mine)
        {
            var programme = await programmes.GetAsync(participant.ProgrammeId, cancellationToken);
            await turn.SayAsync(ProfileCard.Build(participant, programme?.Name ?? participant.ProgrammeId, turn.Text), cancellationToken);
        }
    }
}
