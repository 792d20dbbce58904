using MentorBot.Dialogs.Abstractions.Privacy;
using Newtonsoft.Json;

namespace MentorBot.Messaging;

/// <summary>How to reach the user in Teams (their conversation reference) is personal data too.</summary>
public sealed class ConversationReferencePersonalData(ConversationReferences references) : IPersonalDataSource
{
    public string CategoryKey => "DataCategoryContact";

    public async Task<IReadOnlyList<string>> ExportAsync(string tenantId, string userObjectId, CancellationToken cancellationToken)
    {
        var record = await references.GetAsync(tenantId, userObjectId, cancellationToken);
        return record is null ? [] : [JsonConvert.SerializeObject(record)];
    }

    public async Task<int> EraseAsync(string tenantId, string userObjectId, CancellationToken cancellationToken) =>
        await references.ForgetAsync(tenantId, userObjectId, cancellationToken) ? 1 : 0;
}
