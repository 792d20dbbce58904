namespace MentorBot.Dialogs.Conversations.Digests;

/// <summary>
/// `digest` / `bilan` [programme name]: the lead's digest now, in the chat where they asked (the personal chat: it
/// names pairs), one card per programme they lead; anyone else is told only leads can.
/// </summary>
public sealed class DigestCommand(LeadProgrammes programmes, DigestComposer composer, TimeProvider time) : ICommandHandler
{
    public BotCommand Command => BotCommands.Digest;

    public async Task HandleAsync(ChatTurn turn, string argument, CancellationToken cancellationToken)
    {
        foreach (var programme in await programmes.ChooseAsync(turn, argument, cancellationToken))
        {
            var options = new DigestOptions(await programmes.TimeZoneOfAsync(turn, programme, cancellationToken));
            var (_, card) = await composer.ComposeAsync(programme, turn.Text, time.GetUtcNow(), options, cancellationToken);
            await turn.SayAsync(card!, cancellationToken);
        }
    }
}
