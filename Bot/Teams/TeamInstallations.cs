using MentorBot.Dialogs.Conversations;
using MentorBot.Messaging;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Connector;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;

namespace MentorBot.Teams;

/// <summary>
/// Learns the channels of a team the bot is added to (for lead digests) and forgets them when it is removed.
/// Asking Teams for the channel list is best effort: when it fails, the General channel (whose id is the team's)
/// is always there, and the install goes on.
/// </summary>
public sealed partial class TeamInstallations(TeamChannelStore teams, TimeProvider time, ILogger<TeamInstallations> logger)
{
    // Teams' ids are tens of characters; anything far longer is not one and would break the store's key rules.
    private const int MaxIdLength = 256;

    public async Task LearnAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        if (!TryTeam(activity, out var tenantId, out var team))
            return;

        var channels = await ChannelsAsync(turn, team.Id, cancellationToken);
        var reference = activity.GetConversationReference();

        // The team's reference, not the installer's: who added the bot is not kept with the team.
        reference.User = null;
        reference.ActivityId = null;
        reference.Conversation = new ConversationAccount(isGroup: true, conversationType: "channel", id: team.Id, tenantId: tenantId);
        await teams.RememberAsync(
            new TeamRecord { TenantId = tenantId, TeamId = team.Id, TeamName = team.Name, Reference = reference, Channels = channels, UpdatedAt = time.GetUtcNow() },
            cancellationToken);
        LogLearnt(logger, team.Id, channels.Count);
    }

    public async Task ForgetAsync(IActivity activity, CancellationToken cancellationToken)
    {
        if (TryTeam(activity, out var tenantId, out var team) && await teams.ForgetAsync(tenantId, team.Id, cancellationToken))
            LogForgotten(logger, team.Id);
    }

    private async Task<IReadOnlyList<TeamChannelEntry>> ChannelsAsync(ITurnContext turn, string teamId, CancellationToken cancellationToken)
    {
        if (turn.TurnState.Get<IConnectorClient>() is not null)
        {
            try
            {
                var listed = await TeamsInfo.GetTeamChannelsAsync(turn, teamId, cancellationToken);
                var channels = listed?.Where(c => c.Id is { Length: > 0 and <= MaxIdLength }).Select(c => new TeamChannelEntry(c.Id, c.Name)).ToList() ?? [];
                if (channels.Count > 0)
                    return channels.Any(c => c.Id == teamId) ? channels : [new TeamChannelEntry(teamId, null), .. channels];
            }
            catch (Exception e) when (e is Microsoft.Rest.RestException or HttpRequestException or InvalidOperationException or Newtonsoft.Json.JsonException ||
                                      (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
            {
                LogChannelsUnavailable(logger, e, teamId);
            }
        }

        // The General channel always exists; the one the bot was added from is known from the activity too.
        var from = ChannelOf(turn.Activity);
        return from is { Id.Length: > 0 and <= MaxIdLength } && from.Id != teamId
            ? [new TeamChannelEntry(teamId, null), new TeamChannelEntry(from.Id, from.Name)]
            : [new TeamChannelEntry(teamId, null)];
    }

    private static bool TryTeam(IActivity activity, out string tenantId, [NotNullWhen(true)] out TeamInfo? team)
    {
        tenantId = TeamsIdentity.TenantOf(activity) ?? string.Empty;
        team = ConversationScope.TeamOf(activity);
        return tenantId.Length is > 0 and <= MaxIdLength && team is { Id.Length: <= MaxIdLength };
    }

    private static ChannelInfo? ChannelOf(Activity activity)
    {
        try
        {
            return activity.GetChannelData<TeamsChannelData>()?.Channel;
        }
        catch (Newtonsoft.Json.JsonException)
        {
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Added to team {TeamId}: remembered {ChannelCount} channels to post in")]
    private static partial void LogLearnt(ILogger logger, string teamId, int channelCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "Removed from team {TeamId}: forgot its channels")]
    private static partial void LogForgotten(ILogger logger, string teamId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Teams did not list the channels of team {TeamId}; only its General channel is remembered until the bot is added again")]
    private static partial void LogChannelsUnavailable(ILogger logger, Exception exception, string teamId);
}
