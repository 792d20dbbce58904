using System.Net;
using System.Text;
using MentorBot.Dialogs.Domain.Health;
using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Stores;
using Microsoft.Extensions.DependencyInjection;

namespace MentorBot.Tests.Exports;

/// <summary>
/// The export links against the real host: a valid link serves CSV equal to the store; an expired, altered or foreign
/// link, or one whose lead has been removed since, gets the same plain 403; no log line holds a signature.
/// </summary>
public sealed class ExportLinkTests(ExportWorld world) : IClassFixture<ExportWorld>
{
    [Fact]
    public async Task ValidLink_ServesThePairsCsv_EqualToTheStore()
    {
        var links = world.LinksFor(world.Data, ExportWorld.Lead);
        Assert.StartsWith(ExportWorld.PublicBaseUrl + "export/p-data/pairs.csv?", links.Pairs.AbsoluteUri, StringComparison.Ordinal);

        using var response = await world.GetAsync(links.Pairs);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("donnees-mentoring-2027-pairs-2027-02-01.csv", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);

        var csv = CsvFile.Read(await response.Content.ReadAsByteArrayAsync());
        Assert.True(csv.HasByteOrderMark);
        Assert.Equal(["mentee", "mentor", "health", "pair status", "meetings held", "check-ins answered", "check-ins sent", "goals achieved"], csv.Header);
        var health = HealthRules.Of(world.Data, world.Running, world.RunningMentee, world.RunningMentor, world.RunningCheckIns, world.Clock.GetUtcNow())!.State.ToString();
        string[][] expected =
        [
            ["'" + ExportWorld.AtName, ExportWorld.AccentName, string.Empty, nameof(PairStatus.Proposed), "0", "0", "0", "0"],
            ["'" + ExportWorld.FormulaName, ExportWorld.TrickyName, health, nameof(PairStatus.Active), "2", "3", "4", "1"],
            ["'" + ExportWorld.PlusName, "'" + ExportWorld.MinusName, nameof(HealthState.Ended), nameof(PairStatus.Ended), "0", "0", "0", "0"],
            ["'" + ExportWorld.ReturnName, ExportWorld.TrickyName, string.Empty, nameof(PairStatus.Declined), "0", "0", "0", "0"],
            ["'" + ExportWorld.TabName, ExportWorld.AccentName, string.Empty, nameof(PairStatus.Offered), "0", "0", "0", "0"],
        ];
        Assert.Equal(expected.OrderBy(r => r[0], StringComparer.Ordinal).Select(r => string.Join(" | ", r)), csv.Records.OrderBy(r => r[0], StringComparer.Ordinal).Select(r => string.Join(" | ", r)));
    }

    [Fact]
    public async Task PairsCsv_NeutralisesFormulaCells_QuotesAsRfc4180_AndHoldsNoFreeText()
    {
        using var response = await world.GetAsync(world.LinksFor(world.Data, ExportWorld.Lead).Pairs);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);

        // Every cell that would start with = + - @ tab or CR starts with a quote instead; quoted as RFC 4180 wants.
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")\"", text, StringComparison.Ordinal);
        Assert.Contains("\"'+cmd|' /C calc'!A0\",\"'-2+3\"", text, StringComparison.Ordinal);
        Assert.Contains("\"'@SUM(1+1)\"", text, StringComparison.Ordinal);
        Assert.Contains("\"'\tTabbed\"", text, StringComparison.Ordinal);
        Assert.Contains("\"'\rReturned\"", text, StringComparison.Ordinal);
        Assert.Contains("\"O'Brien, \"\"Bob\"\"\nJunior\"", text, StringComparison.Ordinal);
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        Assert.Contains(ExportWorld.AccentName, text, StringComparison.Ordinal);

        // What people wrote (a blocker, a decline reason, goals) never leaves.
        Assert.DoesNotContain("private blocker", text, StringComparison.Ordinal);
        Assert.DoesNotContain("not in the export", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Speak up", text, StringComparison.Ordinal);

        // The name with a comma, quotes and a line break comes back whole, in one cell.
        Assert.Contains(CsvFile.Read(bytes).Records, r => r[1] == ExportWorld.TrickyName);
    }

    [Fact]
    public async Task ProgrammeCsv_HoldsTheFigures_AndLeavesThoseFromTooFewPeopleEmpty()
    {
        using var data = await world.GetAsync(world.LinksFor(world.Data, ExportWorld.Lead).Programme);
        using var other = await world.GetAsync(world.LinksFor(world.Other, ExportWorld.Lead).Programme);

        Assert.Equal(HttpStatusCode.OK, data.StatusCode);
        Assert.Equal("donnees-mentoring-2027-programme-2027-02-01.csv", data.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var figures = CsvFile.Read(await data.Content.ReadAsByteArrayAsync());
        Assert.True(figures.HasByteOrderMark);
        Assert.Equal(["section", "item", "value", "people", "note"], figures.Header);
        var value = figures.Records.ToDictionary(r => $"{r[0]}/{r[1]}", r => string.Join(" | ", r.Skip(2)));
        Assert.Equal("4 |  | ", value["participants/mentee active"]);
        Assert.Equal("1 |  | ", value["participants/mentee paused"]);
        Assert.Equal("2 |  | ", value["participants/mentor active"]);
        Assert.Equal("1 |  | ", value["participants/mentor left"]);
        Assert.Equal("1 |  | ", value["pairs/Ended"]);
        Assert.Equal("1 |  | ", value["waiting/offers unanswered"]);
        Assert.Equal("2 |  | ", value["meetings/held"]);
        Assert.Equal("1.5 |  | ", value["meetings/hours of mentoring"]);
        Assert.Equal("75 | 2 | ", value["check-ins/response rate, last 12 weeks (%)"]);
        Assert.Equal("4.3 | 2 | ", value["check-ins/usefulness, last 12 weeks (1-5)"]);
        Assert.Equal("1 | 2 | ", value["goals/achieved"]);
        Assert.Equal(" | 0 | not enough answers yet", value["surveys/would recommend (NPS)"]);

        // One person answered in "Other", whose MinAnswers is 5: its answer figures read empty, with the note; counts of
        // records (people, meetings) are facts the lead sees pair by pair, and stay.
        var few = CsvFile.Read(await other.Content.ReadAsByteArrayAsync()).Records.ToDictionary(r => $"{r[0]}/{r[1]}", r => string.Join(" | ", r.Skip(2)));
        Assert.Equal(" | 1 | not enough answers yet", few["check-ins/response rate, last 12 weeks (%)"]);
        Assert.Equal(" | 1 | not enough answers yet", few["check-ins/usefulness, last 12 weeks (1-5)"]);
        Assert.Equal(" | 0 | not enough answers yet", few["goals/achieved"]);
        Assert.Equal("1 |  | ", few["meetings/held"]);
        Assert.Equal("1 |  | ", few["participants/mentee active"]);
    }

    [Fact]
    public async Task Link_WorksUntilItsLifetimeIsOver_ThenIsRefused()
    {
        var links = world.LinksFor(world.Data, ExportWorld.Lead);
        world.Clock.Advance(TimeSpan.FromMinutes(15) - TimeSpan.FromSeconds(2));
        using (var before = await world.GetAsync(links.Pairs))
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);

        world.Clock.Advance(TimeSpan.FromSeconds(3));

        await AssertRefusedAsync(links.Pairs);
        await AssertRefusedAsync(links.Programme);
    }

    [Theory]
    [InlineData("sig")]
    [InlineData("exp")]
    [InlineData("lead")]
    [InlineData("programme")]
    [InlineData("missing sig")]
    [InlineData("sig twice")]
    public async Task AlteredLink_IsRefused(string part)
    {
        var link = world.LinksFor(world.Data, ExportWorld.Lead).Pairs;
        var query = System.Web.HttpUtility.ParseQueryString(link.Query);
        var sig = query["sig"]!;
        var exp = long.Parse(query["exp"]!, System.Globalization.CultureInfo.InvariantCulture);
        var path = "export/p-data/pairs.csv";
        var lead = $"{ExportWorld.Tenant}/{ExportWorld.Lead}";
        var altered = part switch
        {
            "sig" => $"{path}?lead={lead}&exp={exp}&sig={(sig[0] == 'A' ? 'B' : 'A')}{sig[1..]}",
            "exp" => $"{path}?lead={lead}&exp={exp - 60}&sig={sig}",
            "lead" => $"{path}?lead={ExportWorld.Tenant}/{ExportWorld.SecondLead}&exp={exp}&sig={sig}",
            "programme" => $"export/p-other/pairs.csv?lead={lead}&exp={exp}&sig={sig}",
            "missing sig" => $"{path}?lead={lead}&exp={exp}",
            _ => $"{path}?lead={lead}&exp={exp}&sig={sig}&sig={sig}",
        };

        using (var genuine = await world.GetAsync(link))
            Assert.Equal(HttpStatusCode.OK, genuine.StatusCode);
        await AssertRefusedAsync(new Uri(new Uri(ExportWorld.PublicBaseUrl), altered));
    }

    [Fact]
    public async Task AnotherProgrammesLink_IsRefused_OnThisProgramme()
    {
        var theirs = world.LinksFor(world.Other, ExportWorld.Lead).Pairs;
        using (var own = await world.GetAsync(theirs))
            Assert.Equal(HttpStatusCode.OK, own.StatusCode);

        await AssertRefusedAsync(new Uri(theirs.AbsoluteUri.Replace("/export/p-other/", "/export/p-data/", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task LinkOfALeadRemovedSince_IsRefused()
    {
        var store = world.App.Services.GetRequiredService<ProgrammeStore>();
        var before = world.LinksFor(world.Other, ExportWorld.SecondLead);
        using (var served = await world.GetAsync(before.Programme))
            Assert.Equal(HttpStatusCode.OK, served.StatusCode);

        var (programme, version) = (await store.GetVersionedAsync(world.Other.Id, default))!.Value;
        await store.SaveAsync(programme with { Leads = [ExportWorld.Lead] }, version, default);
        try
        {
            await AssertRefusedAsync(before.Programme);
            await AssertRefusedAsync(before.Pairs);
        }
        finally
        {
            var (now, current) = (await store.GetVersionedAsync(world.Other.Id, default))!.Value;
            await store.SaveAsync(now with { Leads = [ExportWorld.Lead, ExportWorld.SecondLead] }, current, default);
        }
    }

    [Fact]
    public async Task NoLogLine_HoldsASignature_ServedOrRefused()
    {
        var links = world.LinksFor(world.Data, ExportWorld.Lead);
        var sig = System.Web.HttpUtility.ParseQueryString(links.Pairs.Query)["sig"]!;
        using (var served = await world.GetAsync(links.Pairs))
            Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        await AssertRefusedAsync(new Uri(links.Pairs.AbsoluteUri.Replace("/p-data/", "/p-other/", StringComparison.Ordinal)));

        var logs = world.App.Logs.Entries;
        Assert.Contains(logs, e => e.Message.Contains("Served the export file pairs.csv of programme p-data", StringComparison.Ordinal));
        Assert.Contains(logs, e => e.Message.Contains("Refused an export link: its signature does not match", StringComparison.Ordinal));
        Assert.DoesNotContain(logs, e => e.Message.Contains(sig, StringComparison.Ordinal) || (e.Exception?.ToString().Contains(sig, StringComparison.Ordinal) ?? false));
    }

    private async Task AssertRefusedAsync(Uri link)
    {
        using var response = await world.GetAsync(link);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("This export link has expired or is not valid. Type export in MentorBot for a new one.", await response.Content.ReadAsStringAsync());
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.Null(response.Content.Headers.ContentDisposition);
    }
}
