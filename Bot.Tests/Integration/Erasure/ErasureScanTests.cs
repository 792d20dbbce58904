using MentorBot.Tests.Infrastructure;

namespace MentorBot.Tests.Integration.Erasure;

/// <summary>After `delete my data`, no table of the entity store (SQLite) nor of Hangfire's storage holds the person.</summary>
public sealed class ErasureScanTests
{
    [Fact]
    public async Task DeleteMyData_LeavesNoTraceOfThePerson_InAnyTable_OnSqlite()
    {
        await using var journey = await ErasureJourney.StartAsync();
        await journey.LiveAsync();
        await ErasureAssertions.EveryTraceIsStoredBeforeAsync(journey);

        await journey.DeleteMyDataAsync();

        await ErasureAssertions.NoTraceRemainsAsync(journey);
    }
}
