using Hangfire;
using MentorBot.Dialogs.Abstractions.Programmes;
using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Conversations.Programmes;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Jobs;
using MentorBot.Tests.Conversations;
using MentorBot.Tests.Conversations.Matching;
using MentorBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using TeamsUser = MentorBot.Tests.Conversations.TeamsUser;

namespace MentorBot.Tests.Jobs;

/// <summary>
/// A lead's invitations and fanning-out matching rounds are Hangfire jobs in the real job storage (SQLite), run by the
/// real Hangfire server: the turn answers at once, and the lead's report arrives once when the job is done. The jobs
/// carry a token, never the lead's id or the addresses.
/// </summary>
public sealed class LeadRequestJobTests : IAsyncLifetime
{
    private readonly MatchingRig _rig = new(new Dictionary<string, string> { ["Jobs:RunServer"] = "true" }, backgroundRequests: true);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _rig.DisposeAsync();

    [Fact]
    public async Task InvitingTwoHundredPeople_AnswersAtOnce_AndTheReportArrivesOnce_WhenTheJobIsDone()
    {
        var programme = await _rig.ProgrammeAsync(MatchingMode.LeadApproves);
        var addresses = string.Join('\n', Enumerable.Range(1, InvitationList.MaxAddresses).Select(i => $"person{i}@contoso.com"));

        var replies = await _rig.Bot.SendAsync(_rig.Lead, null, new { verb = InviteCard.SendVerb, programmeId = programme.Id, addresses });

        // The turn only says it is on it: no report in it, and the job carries no address and no lead id.
        Assert.Equal("Sending the invitations to 200 address(es) for Data mentoring. You will get the report here when they are sent.", Assert.Single(replies).Text);
        var args = await Eventually.ValueAsync(() => Task.FromResult(SucceededLeadRequestArgs()), "the invitation job to finish");
        Assert.DoesNotContain("contoso", args, StringComparison.Ordinal);
        Assert.DoesNotContain(_rig.Lead.ObjectId, args, StringComparison.OrdinalIgnoreCase);
        var report = CardReader.Texts(JsonCard(Assert.Single(_rig.Messenger.CardsTo(_rig.Lead.ObjectId))));
        Assert.Equal(["Invitations to Data mentoring", "Not reachable yet (200)"], report.Take(2));
        await Eventually.TrueAsync(async () => await _rig.Bot.Services.GetRequiredService<LeadRequestTokens>().ExportAsync(_rig.Lead.TenantId, _rig.Lead.ObjectId, default) is [], "the job to redeem its token");
    }

    [Fact]
    public async Task ARequestRunAgainAfterAStop_SendsNothingTwice_AndReportsOnce()
    {
        var programme = await _rig.ProgrammeAsync(MatchingMode.Automatic);
        var maya = await _rig.PersonAsync("Maya", Role.Mentor, ["Data engineering"]);
        await _rig.PersonAsync("Ada", Role.Mentee, ["Data engineering"]);
        var request = LeadRequest.New(LeadRequestKind.Match, programme.Id, _rig.Lead.TenantId, _rig.Lead.ObjectId);
        var runner = _rig.Bot.Services.GetRequiredService<LeadRequestRunner>();

        await runner.RunAsync(request, default);
        await runner.RunAsync(request, default);

        Assert.Single(_rig.Messenger.CardsTo(maya.ObjectId));
        Assert.Contains("1 offered to mentors", Assert.Single(_rig.Messenger.TextsTo(_rig.Lead.ObjectId)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MatchInAnAutomaticProgramme_AnswersAtOnce_AndTheJobOffersAndReports()
    {
        await _rig.ProgrammeAsync(MatchingMode.Automatic);
        var maya = await _rig.PersonAsync("Maya", Role.Mentor, ["Data engineering"]);
        await _rig.PersonAsync("Ada", Role.Mentee, ["Data engineering"]);

        var replies = await _rig.Bot.SendAsync(_rig.Lead, "match");

        Assert.Equal("Matching Data mentoring now. You will get the summary here when the offers and choices are sent.", Assert.Single(replies).Text);
        var summary = await Eventually.ValueAsync(() => Task.FromResult(_rig.Messenger.TextsTo(_rig.Lead.ObjectId) is [var first, ..] ? first : null), "the matching summary");
        Assert.Contains("1 offered to mentors", summary, StringComparison.Ordinal);
        Assert.Single(_rig.Messenger.CardsTo(maya.ObjectId));
    }

    private JobStorage Storage => _rig.Bot.Services.GetRequiredService<JobStorage>();

    private static Newtonsoft.Json.Linq.JObject JsonCard(System.Text.Json.Nodes.JsonObject card) => Newtonsoft.Json.Linq.JObject.Parse(card.ToJsonString());

    // The arguments of the lead request job once the server has run it; null before.
    private string? SucceededLeadRequestArgs() =>
        Storage.GetMonitoringApi().SucceededJobs(0, 100)
            .Where(j => j.Value.Job?.Type == typeof(LeadRequestJob))
            .Select(j => string.Join('|', j.Value.Job!.Args))
            .SingleOrDefault();
}
