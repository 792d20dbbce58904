using MentorBot.Tests.Infrastructure;

namespace MentorBot.Tests.Fuzzing;

/// <summary>The real host on loopback with an organisation lead in each of the fuzz world's two tenants.</summary>
public sealed class FuzzHost() : MentorBotHost(new Dictionary<string, string?>
{
    ["MentorBot:Leads:0"] = FuzzWorld.LeadObjectId,
    ["MentorBot:Leads:1"] = $"{FuzzWorld.OtherTenant}/{FuzzWorld.ForeignLeadObjectId}",
    ["MentorBot:LeadsTenantId"] = FuzzWorld.Tenant,
});
