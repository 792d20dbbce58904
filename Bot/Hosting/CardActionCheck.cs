using MentorBot.Dialogs.Conversations.Actions;

namespace MentorBot.Hosting;

/// <summary>
/// Builds the card-action router when the host starts, so a card verb with no action or with two stops start-up
/// with a message naming it, instead of failing the first person who presses that button.
/// </summary>
internal sealed class CardActionCheck(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = services.GetRequiredService<CardActionRouter>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
