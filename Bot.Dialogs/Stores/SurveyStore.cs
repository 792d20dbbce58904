using MentorBot.Dialogs.Abstractions.Storage;
using MentorBot.Dialogs.Domain.Surveys;

namespace MentorBot.Dialogs.Stores;

/// <summary>
/// Feedback surveys and their answers, partitioned by programme: the digest reads one programme's answers (10,000
/// pairs) in one partition query. Row keys are pair | person | kind, so one pair's are a range. Creating is
/// insert-only, so a dispatcher run twice, or two servers, record one survey; answers and the reminder are saved
/// against a version, so a double press records one answer.
/// </summary>
public sealed class SurveyStore(IEntityStore store)
{
    public const string TableName = "surveys";

    private readonly ProgrammeRows<Survey> _rows = new(
        store.Table(TableName), s => s.ProgrammeId, Key, StoreJson.Write, StoreJson.Read<Survey>);

    public Task<(Survey Row, string Version)?> GetVersionedAsync(string programmeId, string pairId, string tenantId, string userObjectId, SurveyKind kind, CancellationToken cancellationToken) =>
        _rows.GetVersionedAsync(programmeId, [pairId, tenantId, userObjectId, Survey.PeriodOf(kind)], cancellationToken);

    /// <summary>Every survey of the programme, both people of every pair.</summary>
    public Task<IReadOnlyList<Survey>> InProgrammeAsync(string programmeId, CancellationToken cancellationToken) =>
        _rows.QueryAsync(programmeId, cancellationToken);

    public Task<IReadOnlyList<Survey>> ForPairAsync(string programmeId, string pairId, CancellationToken cancellationToken) =>
        _rows.QueryAsync(programmeId, cancellationToken, pairId);

    public Task<IReadOnlyList<Survey>> ForPersonAsync(string programmeId, string pairId, string tenantId, string userObjectId, CancellationToken cancellationToken) =>
        _rows.QueryAsync(programmeId, cancellationToken, pairId, tenantId, userObjectId);

    /// <summary>Records a survey about to be sent; false when it exists already.</summary>
    public Task<bool> TryCreateAsync(Survey survey, CancellationToken cancellationToken) => _rows.TryCreateAsync(survey, cancellationToken);

    public Task<bool> TrySaveAsync(Survey survey, string version, CancellationToken cancellationToken) => _rows.TrySaveAsync(survey, version, cancellationToken);

    /// <summary>Erases one person's surveys for one pair ("delete my data"); returns how many.</summary>
    public async Task<int> DeletePersonAsync(string programmeId, string pairId, string tenantId, string userObjectId, CancellationToken cancellationToken)
    {
        var theirs = await ForPersonAsync(programmeId, pairId, tenantId, userObjectId, cancellationToken);
        foreach (var survey in theirs)
            await _rows.DeleteAsync(survey, cancellationToken);
        return theirs.Count;
    }

    private static string[] Key(Survey s) => [s.PairId, s.TenantId, s.UserObjectId, s.Period];
}
