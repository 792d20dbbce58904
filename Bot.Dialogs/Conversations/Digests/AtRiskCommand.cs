namespace MentorBot.Dialogs.Conversations.Digests;

/// <summary>`at risk` / `à risque` [programme name]: the digest's at-risk list alone, with its one-click actions.</summary>
public sealed class AtRiskCommand(LeadProgrammes programmes, DigestComposer composer, TimeProvider time) : ICommandHandler
{
    public BotCommand Command => BotCommands.AtRisk;

    public async Task HandleAsync(ChatTurn turn, string argument, CancellationToken cancellationToken)
    {
        foreach (var programme in await programmes.ChooseAsync(turn, argument, cancellationToken))
        {
            var options = new DigestOptions(await programmes.TimeZoneOfAsync(turn, programme, cancellationToken), AtRiskOnly: true);
            var (_, card) = await composer.ComposeAsync(programme, turn.Text, time.GetUtcNow(), options, cancellationToken);
            await turn.SayAsync(card!, cancellationToken);
        }
    }
}
