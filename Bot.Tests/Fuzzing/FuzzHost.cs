using MentorBot.Tests.Infrastructure;

namespace MentorBot.Tests.Fuzzing;

/// <summary>The real host on loopback with an organisation lead in each of the fuzz world's two tenants, and no console log.</summary>
public sealed class FuzzHost() : MentorBotHost(new Dictionary<string, string?>
{
    ["MentorBot:Leads:0"] = FuzzWorld.LeadObjectId,
    ["MentorBot:Leads:1"] = $"{FuzzWorld.OtherTenant}/{FuzzWorld.ForeignLeadObjectId}",
    ["MentorBot:LeadsTenantId"] = FuzzWorld.Tenant,

    // Ten thousand turns: warnings and errors are what the tests judge; formatting every debug and information entry,
    // or writing them to the console, would cost more than the turns.
    ["Logging:LogLevel:Default"] = "Warning",
    ["Logging:Console:LogLevel:Default"] = "None",
});
