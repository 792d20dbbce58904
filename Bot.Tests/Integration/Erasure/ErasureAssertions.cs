using MentorBot.Jobs;
using MentorBot.Messaging;

namespace MentorBot.Tests.Integration.Erasure;

/// <summary>The two halves of the erasure check: the journey stored every trace (so the scan can fail), and none is left.</summary>
public static class ErasureAssertions
{
    public static async Task EveryTraceIsStoredBeforeAsync(ErasureJourney journey)
    {
        var found = await PersonalDataScan.EntityStoreAsync(journey.Store, journey.Traces);
        foreach (var trace in journey.Traces)
            Assert.Contains(found, f => f.EndsWith(": " + trace, StringComparison.Ordinal));

        // The places the defects were: messages about the person to someone else, and the offer's deadline.
        Assert.Contains(found, f => f.StartsWith(OutboxLedger.TableName + "/", StringComparison.Ordinal) && !f.Contains(journey.Person.ObjectId + "|", StringComparison.Ordinal) && f.EndsWith(": " + ErasureJourney.Name, StringComparison.Ordinal));
        Assert.Contains(found, f => f.StartsWith(OfferDeadlineTokens.TableName + "/", StringComparison.Ordinal));
    }

    public static async Task NoTraceRemainsAsync(ErasureJourney journey)
    {
        var entities = await PersonalDataScan.EntityStoreAsync(journey.Store, journey.Traces);
        var jobs = PersonalDataScan.SqliteDatabase(journey.JobsDatabase, journey.Traces).Select(f => "hangfire: " + f);
        Assert.Empty(entities.Concat(jobs));
    }
}
