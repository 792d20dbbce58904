using MentorBot.Dialogs.Abstractions.Programmes;
using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;
using Microsoft.Extensions.DependencyInjection;

namespace MentorBot.Tests.Conversations.Matching;

/// <summary>
/// When the job storage cannot take a lead's request, the request is kept (Bot.Tests/Integration/Faults/
/// JobStorageOutageTests runs that against a stopped PostgreSQL): the lead is told, in their language, that it runs
/// when background work resumes, not that something failed, and nothing is sent yet.
/// </summary>
public sealed class KeptLeadRequestTests : IAsyncLifetime
{
    private readonly MatchingRig _rig = new(services: s => s.AddSingleton<ILeadRequests, KeepingLeadRequests>());

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _rig.DisposeAsync();

    [Theory]
    [InlineData("en-US", "I can't start matching Data mentoring just now: my background work is paused. I have kept your request: it runs as soon as background work resumes, and you will get the summary here then.")]
    [InlineData("fr-FR", "Je ne peux pas lancer le jumelage de Data mentoring pour l'instant : mes tâches de fond sont en pause. J'ai gardé votre demande : elle s'exécutera dès que les tâches de fond reprendront, et vous recevrez le résumé ici à ce moment-là.")]
    public async Task MatchInAnAutomaticProgramme_WhenTheRequestIsKept_SaysItRunsWhenBackgroundWorkResumes(string locale, string expected)
    {
        await _rig.ProgrammeAsync(MatchingMode.Automatic);
        var maya = await _rig.PersonAsync("Maya", Role.Mentor, ["Data engineering"]);
        await _rig.PersonAsync("Ada", Role.Mentee, ["Data engineering"]);

        var replies = await _rig.Bot.SendAsync(_rig.Lead with { Locale = locale }, "match");

        Assert.Equal(expected, Assert.Single(replies).Text);
        Assert.Empty(_rig.Messenger.CardsTo(maya.ObjectId));
        Assert.Equal(LeadRequestKind.Match, Assert.Single(((KeepingLeadRequests)_rig.Bot.Services.GetRequiredService<ILeadRequests>()).Kept).Kind);
    }

    [Theory]
    [InlineData("en-US", "I can't send the invitations to 2 address(es) for Data mentoring just now: my background work is paused. I have kept them: they go out as soon as background work resumes, and you will get the report here then.")]
    [InlineData("fr-FR", "Je ne peux pas envoyer les invitations à 2 adresse(s) pour Data mentoring pour l'instant : mes tâches de fond sont en pause. Je les ai gardées : elles partiront dès que les tâches de fond reprendront, et vous recevrez le compte rendu ici à ce moment-là.")]
    public async Task Invitations_WhenTheRequestIsKept_SayTheyGoOutWhenBackgroundWorkResumes(string locale, string expected)
    {
        var programme = await _rig.ProgrammeAsync(MatchingMode.LeadApproves);

        var replies = await _rig.Bot.SendAsync(_rig.Lead with { Locale = locale }, null, new { verb = InviteCard.SendVerb, programmeId = programme.Id, addresses = "ada@contoso.com\nmaya@contoso.com" });

        Assert.Equal(expected, Assert.Single(replies).Text);
        Assert.Equal(LeadRequestKind.Invite, Assert.Single(((KeepingLeadRequests)_rig.Bot.Services.GetRequiredService<ILeadRequests>()).Kept).Kind);
    }

    /// <summary>A job storage that takes nothing: every request is kept.</summary>
    private sealed class KeepingLeadRequests : ILeadRequests
    {
        public List<LeadRequest> Kept { get; } = [];

        public Task<LeadRequestQueueing> QueueAsync(LeadRequest request, CancellationToken cancellationToken)
        {
            Kept.Add(request);
            return Task.FromResult(LeadRequestQueueing.Kept);
        }
    }
}
