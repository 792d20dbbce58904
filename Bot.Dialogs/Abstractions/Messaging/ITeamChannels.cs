namespace MentorBot.Dialogs.Abstractions.Messaging;

/// <summary>The team channels the bot can post in, as learnt when it was added to each team and forgotten when removed.</summary>
public interface ITeamChannels
{
    /// <summary>Every known channel of every team of the tenant that has the bot, General channels first within a team.</summary>
    Task<IReadOnlyList<TeamChannel>> ForTenantAsync(string tenantId, CancellationToken cancellationToken);
}
