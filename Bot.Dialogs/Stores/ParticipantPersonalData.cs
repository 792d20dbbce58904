using MentorBot.Dialogs.Abstractions.Privacy;

namespace MentorBot.Dialogs.Stores;

/// <summary>Profiles, goals and baselines: the participant records of every programme the user joined.</summary>
public sealed class ParticipantPersonalData(ParticipantStore participants) : IPersonalDataSource
{
    public string CategoryKey => "DataCategoryProfile";

    public async Task<IReadOnlyList<string>> ExportAsync(string tenantId, string userObjectId, CancellationToken cancellationToken) =>
        (await participants.ForUserAsync(tenantId, userObjectId, cancellationToken)).Select(StoreJson.Write).ToList();

    public Task<int> EraseAsync(string tenantId, string userObjectId, CancellationToken cancellationToken) =>
        participants.DeleteUserAsync(tenantId, userObjectId, cancellationToken);
}
