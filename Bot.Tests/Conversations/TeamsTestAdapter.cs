using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;

namespace MentorBot.Tests.Conversations;

/// <summary>
/// The Bot Framework TestAdapter, except that activities reach the bot as sent: TestAdapter's own
/// ProcessActivityAsync overwrites recipient and conversation with its defaults, which would turn a Teams
/// install ("the bot was added") or a tenant-scoped conversation into something Teams never sends.
/// </summary>
public sealed class TeamsTestAdapter() : TestAdapter(Channels.Msteams)
{
    public async Task ProcessAsSentAsync(Activity activity, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        using var context = new TurnContext(this, activity);
        await RunPipelineAsync(context, callback, cancellationToken);
    }
}
