using MentorBot.Dialogs.Conversations.Matching;
using MentorBot.Dialogs.Conversations.Programmes;
using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Domain.Surveys;
using MentorBot.Dialogs.Stores;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace MentorBot.Tests.Conversations.Matching;

/// <summary>
/// Leaving and closing end pairs: an active pair ends, a pending offer is withdrawn (freeing the mentor's place), and
/// the people concerned are told once per pair, however often it runs, including after a stop between the save and
/// the messages.
/// </summary>
public sealed class LeaveAndCloseTests : IAsyncLifetime
{
    private readonly MatchingRig _rig = new();
    private TeamsUser _ada = null!, _ben = null!, _maya = null!, _noah = null!;

    public async Task InitializeAsync()
    {
        await _rig.ProgrammeAsync(MatchingMode.Automatic);
        _ada = await _rig.PersonAsync("Ada", Role.Mentee, ["Data engineering"]);
        _ben = await _rig.PersonAsync("Ben", Role.Mentee, ["Public speaking"]);
        _maya = await _rig.PersonAsync("Maya", Role.Mentor, ["Data engineering"]);
        _noah = await _rig.PersonAsync("Noah", Role.Mentor, ["Public speaking"], locale: "fr-FR");
        Assert.Contains("2 offered to mentors", await _rig.MatchAsync());
        await _rig.PressAsync(_maya, Assert.Single(_rig.Messenger.CardsTo(_maya.ObjectId)), "Accept");
        Assert.Equal(PairStatus.Active, (await _rig.PairAsync(_ada, _maya)).Status);
    }

    public async Task DisposeAsync() => await _rig.DisposeAsync();

    [Fact]
    public async Task MenteeLeaving_EndsTheActivePair_AndTellsTheMentorAndTheLeadOnce_EvenWhenPressedTwice()
    {
        var card = (await _rig.Bot.SendAsync(_ada, "leave")).LastCard();

        Assert.Contains("You have left", (await _rig.Bot.SendAsync(_ada, null, card.Submit())).Texts());
        await _rig.Bot.SendAsync(_ada, null, card.Submit());

        var pair = await _rig.PairAsync(_ada, _maya);
        Assert.Equal((PairStatus.Ended, PairEnding.MenteeLeft), (pair.Status, pair.Ending!.Value));
        Assert.Single(_rig.Messenger.TextsTo(_maya.ObjectId), "Ada has left Data mentoring, so your mentoring relationship has ended. Thank you for the time you gave each other.");
        Assert.Single(_rig.Messenger.TextsTo(_rig.Lead.ObjectId), t => t == "Ada left Data mentoring: their mentoring relationship with Maya has ended.");
        Assert.Equal(PairStatus.Offered, (await _rig.PairAsync(_ben, _noah)).Status);
    }

    [Fact]
    public async Task MentorLeaving_WithdrawsTheirPendingOffer_FreeingTheirPlace_AndTellsTheMenteeInTheirLanguage()
    {
        var pairs = _rig.Bot.Services.GetRequiredService<PairStore>();
        var cleo = Pair.IdFor("cleo", _noah.ObjectId);
        var newcomer = (await _rig.PairAsync(_ben, _noah)) with { Id = cleo, MenteeId = "cleo", Status = PairStatus.Proposed };
        Assert.Equal(Placement.MentorFull, await pairs.InsertLiveAsync(newcomer, 1, default));

        var card = (await _rig.Bot.SendAsync(_noah, "quitter")).LastCard();
        await _rig.Bot.SendAsync(_noah, null, card.Submit());

        var pair = await _rig.PairAsync(_ben, _noah);
        Assert.Equal((PairStatus.Withdrawn, PairEnding.MentorLeft), (pair.Status, pair.Ending!.Value));
        Assert.Single(_rig.Messenger.TextsTo(_ben.ObjectId), "Noah has left Data mentoring, so the mentoring offer between you is withdrawn. Nothing more is needed from you.");
        Assert.Single(_rig.Messenger.TextsTo(_rig.Lead.ObjectId), t => t == "Noah left Data mentoring: the pending match with Ben is withdrawn.");
        Assert.Equal(Placement.Allowed, await pairs.InsertLiveAsync(newcomer, 1, default));

        // The withdrawn offer can no longer be accepted.
        var (answer, _) = await _rig.Bot.Services.GetRequiredService<PairOffers>().AcceptAsync(_rig.Programme.Id, pair.Id, _noah.TenantId, _noah.ObjectId, default);
        Assert.Equal(PairOffers.Answer.AlreadyAnswered, answer);
        Assert.Equal(PairStatus.Withdrawn, (await _rig.PairAsync(_ben, _noah)).Status);
    }

    [Fact]
    public async Task ALeaveStoppedAfterItsSave_IsFinishedByTheNextPress_AndTellsOnce()
    {
        var participants = _rig.Bot.Services.GetRequiredService<ParticipantStore>();
        var ada = (await participants.GetAsync(_rig.Programme.Id, _ada.TenantId, _ada.ObjectId, default))!;
        var card = (await _rig.Bot.SendAsync(_ada, "leave")).LastCard();
        await participants.SaveAsync(ada.Leave().Value, default);
        Assert.Equal(PairStatus.Active, (await _rig.PairAsync(_ada, _maya)).Status);

        await _rig.Bot.SendAsync(_ada, null, card.Submit());
        await _rig.Bot.SendAsync(_ada, null, card.Submit());

        Assert.Equal(PairStatus.Ended, (await _rig.PairAsync(_ada, _maya)).Status);
        Assert.Single(_rig.Messenger.TextsTo(_maya.ObjectId));
    }

    [Fact]
    public async Task ClosingTheProgramme_EndsAndWithdrawsItsPairs_AndTellsEachMemberOnce_WhenRunTwice()
    {
        // The active pair had its end survey, so it ends with the programme (one that had not gets a week to answer
        // it first: ProgrammeCloseSurveyTests).
        var active = await _rig.PairAsync(_ada, _maya);
        foreach (var (person, role) in new[] { (_ada, Role.Mentee), (_maya, Role.Mentor) })
        {
            Assert.True(await _rig.Bot.Services.GetRequiredService<SurveyStore>().TryCreateAsync(
                new Survey { ProgrammeId = _rig.Programme.Id, PairId = active.Id, TenantId = person.TenantId, UserObjectId = person.ObjectId, Role = role, Kind = SurveyKind.End }, default));
        }

        await _rig.Bot.SendAsync(_noah, "aide");
        var listed = (await _rig.Bot.SendAsync(_rig.Lead, "programmes")).Select(r => r.Card()).OfType<JObject>().First();
        var confirm = (await _rig.Bot.SendAsync(_rig.Lead, null, listed.Submit(action: 2))).LastCard();
        Assert.Contains("Data mentoring is closed", (await _rig.Bot.SendAsync(_rig.Lead, null, confirm.Submit())).Texts());

        // Run again, as a retry after a stop would: nothing changes and nobody hears it twice.
        var store = _rig.Bot.Services.GetRequiredService<ProgrammeStore>();
        var (closed, version) = (await store.GetVersionedAsync(_rig.Programme.Id, default))!.Value;
        Assert.True(await _rig.Bot.Services.GetRequiredService<ProgrammeClosing>().CloseAsync(closed, version, default));

        Assert.Equal(ProgrammeStatus.Closed, closed.Status);
        Assert.Equal((PairStatus.Ended, PairEnding.ProgrammeClosed), ((await _rig.PairAsync(_ada, _maya)).Status, (await _rig.PairAsync(_ada, _maya)).Ending!.Value));
        Assert.Equal(PairStatus.Withdrawn, (await _rig.PairAsync(_ben, _noah)).Status);
        Assert.Single(_rig.Messenger.TextsTo(_ada.ObjectId), "Data mentoring is closed, so your mentoring relationship with Maya has ended. Thank you for taking part.");
        Assert.Single(_rig.Messenger.TextsTo(_maya.ObjectId), "Data mentoring is closed, so your mentoring relationship with Ada has ended. Thank you for taking part.");
        Assert.Single(_rig.Messenger.TextsTo(_ben.ObjectId), "Data mentoring is closed, so the mentoring offer between you and Noah is withdrawn. Nothing more is needed from you.");
        Assert.Single(_rig.Messenger.TextsTo(_noah.ObjectId), "Data mentoring est clos : la proposition de mentorat entre vous et Ben est donc retirée. Vous n'avez rien d'autre à faire.");
    }
}
