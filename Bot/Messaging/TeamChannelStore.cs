using MentorBot.Dialogs.Abstractions.Messaging;
using MentorBot.Dialogs.Abstractions.Storage;
using Newtonsoft.Json;

namespace MentorBot.Messaging;

/// <summary>
/// The teams that have the bot and their channels, partitioned by tenant (a digest reads one tenant's teams), one
/// row per team (adding the bot again replaces its channel list; removing it deletes the row).
/// </summary>
public sealed class TeamChannelStore(IEntityStore store) : ITeamChannels
{
    public const string TableName = "teamchannels";

    private IEntityTable Table => store.Table(TableName);

    public Task RememberAsync(TeamRecord team, CancellationToken cancellationToken) =>
        Table.UpsertAsync(new EntityWrite(team.TenantId, team.TeamId, JsonConvert.SerializeObject(team)), cancellationToken);

    public Task<bool> ForgetAsync(string tenantId, string teamId, CancellationToken cancellationToken) =>
        Table.DeleteAsync(tenantId, teamId, ifMatch: null, cancellationToken);

    public async Task<TeamRecord?> GetAsync(string tenantId, string teamId, CancellationToken cancellationToken)
    {
        var entity = await Table.GetAsync(tenantId, teamId, cancellationToken);
        return entity is null ? null : Deserialize(entity.Body);
    }

    public async Task<IReadOnlyList<TeamChannel>> ForTenantAsync(string tenantId, CancellationToken cancellationToken)
    {
        var channels = new List<TeamChannel>();
        await foreach (var entity in Table.QueryAsync(tenantId, RowKeyRange.All, cancellationToken))
        {
            var team = Deserialize(entity.Body);
            channels.AddRange(team.Channels
                .OrderBy(c => c.Id == team.TeamId ? 0 : 1)
                .Select(c => new TeamChannel(team.TenantId, team.TeamId, team.TeamName, c.Id, c.Name)));
        }

        return channels;
    }

    private static TeamRecord Deserialize(string body) =>
        JsonConvert.DeserializeObject<TeamRecord>(body) ?? throw new InvalidDataException("Empty team record.");
}
