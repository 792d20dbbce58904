using MentorBot.Messaging;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;

namespace MentorBot.Teams;

/// <summary>
/// Learns the UPN and e-mail address of someone who installs the bot, from Teams' member details, so a lead
/// can invite them by address. Best effort: without it they can still use the bot, only not be found by address.
/// </summary>
public sealed partial class MemberAddresses(KnownPeople people, ILogger<MemberAddresses> logger)
{
    public async Task LearnAsync(ITurnContext turn, string tenantId, string userObjectId, CancellationToken cancellationToken)
    {
        if (turn.TurnState.Get<IConnectorClient>() is null)
            return; // no connector to ask (a test adapter)
        try
        {
            var member = await TeamsInfo.GetMemberAsync(turn, turn.Activity.From.Id, cancellationToken);
            await people.RememberAsync(tenantId, userObjectId, [member.UserPrincipalName, member.Email], cancellationToken);
        }
        catch (Exception e) when (e is ErrorResponseException or HttpRequestException or InvalidOperationException)
        {
            LogUnavailable(logger, e, userObjectId);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Teams did not give the address of user {UserObjectId}; leads cannot invite them by address until it does")]
    private static partial void LogUnavailable(ILogger logger, Exception exception, string userObjectId);
}
