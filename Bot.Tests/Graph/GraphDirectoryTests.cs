namespace MentorBot.Tests.Graph;

/// <summary>The Graph-backed directory: what onboarding can pre-fill, and what it must ask when Graph refuses.</summary>
public sealed class GraphDirectoryTests
{
    [Fact]
    public async Task Find_GivesTheProfile_FromTheUserAndTheMailboxSettings()
    {
        await using var rig = await GraphRig.StartAsync();

        var profile = await rig.Directory.FindAsync(GraphRig.TenantId, GraphRig.Mentor.Id, CancellationToken.None);

        Assert.NotNull(profile);
        Assert.Equal(("Amélie Martin", "Engineering", "Staff engineer", "fr-FR"), (profile.DisplayName, profile.Department, profile.JobTitle, profile.PreferredLanguage));
        Assert.Equal(("Europe/Paris", new TimeOnly(9, 0), new TimeOnly(17, 0)), (profile.TimeZone, profile.WorkStart, profile.WorkEnd));
        Assert.Equal([DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday], profile.WorkDays);
        var select = Assert.Single(rig.Graph.RequestsTo(GraphRoute.User)).Query;
        foreach (var field in new[] { "department", "jobTitle", "preferredLanguage", "displayName" })
            Assert.Contains(field, Uri.UnescapeDataString(select), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Find_WhenTheMailboxIsRefused_StillGivesTheUserFacts_WithoutHours()
    {
        await using var rig = await GraphRig.StartAsync();
        rig.Graph.Script(GraphRoute.MailboxSettings, GraphAnswer.Forbidden());

        var profile = await rig.Directory.FindAsync(GraphRig.TenantId, GraphRig.Mentor.Id, CancellationToken.None);

        Assert.NotNull(profile);
        Assert.Equal("Engineering", profile.Department);
        Assert.Null(profile.TimeZone);
        Assert.Null(profile.WorkDays);
    }

    [Fact]
    public async Task Find_WhenGraphRefusesBoth_KnowsNothing()
    {
        await using var rig = await GraphRig.StartAsync();
        rig.Graph.Script(GraphRoute.User, GraphAnswer.Forbidden());
        rig.Graph.Script(GraphRoute.MailboxSettings, GraphAnswer.Forbidden());

        Assert.Null(await rig.Directory.FindAsync(GraphRig.TenantId, GraphRig.Mentor.Id, CancellationToken.None));
    }

    [Fact]
    public async Task Find_ForAnotherTenant_KnowsNothing_WithoutAskingGraph()
    {
        await using var rig = await GraphRig.StartAsync();

        Assert.Null(await rig.Directory.FindAsync("99999999-8888-7777-6666-555555555555", GraphRig.Mentor.Id, CancellationToken.None));
        Assert.Empty(rig.Graph.Requests);
    }
}
