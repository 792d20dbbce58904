using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Domain.Nudges;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Stores;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace MentorBot.Tests.Conversations.Nudges;

/// <summary>The answer to "stay, pause or leave?" after three silent check-ins: recorded once, acted on once, shown in place.</summary>
public sealed class StayPauseLeaveTests : IAsyncLifetime
{
    private const string QuestionWords = "Still up for mentoring";
    private readonly NudgeRig _w = new();
    private System.Text.Json.Nodes.JsonObject _question = null!;

    public async Task InitializeAsync()
    {
        await _w.InitializeAsync();
        await _w.SeedSilentCheckInsAsync();
        await _w.DispatchAsync();
        _question = Assert.Single(_w.CardsTo(_w.Ada, QuestionWords));
    }

    public Task DisposeAsync() => _w.DisposeAsync();

    [Fact]
    public async Task Stay_RecordsTheAnswer_AndShowsItInPlace_WithoutChangingThePair()
    {
        var (_, card) = await _w.PressAsync(_w.Ada, _question, "Stay");

        Assert.Contains("Glad you are staying", card!.ToString());
        Assert.Empty(card.SelectTokens("$..actions[*]"));
        Assert.Equal(NudgeResponse.Stay, (await QuestionAsync()).Response);
        Assert.Equal(ParticipantStatus.Active, (await _w.ParticipantAsync(_w.Ada)).Status);
        Assert.True((await _w.Rig.PairAsync(_w.Ada, _w.Max)).IsActive);
    }

    [Theory]
    [InlineData(null, "2027-02-10")]
    [InlineData("2027-03-01", "2027-03-01")]
    public async Task Pause_PausesThePersonInThisProgramme_UntilTheDatePicked_OrForFourWeeks(string? picked, string expected)
    {
        var (replies, card) = await _w.PressAsync(_w.Ada, _question, "Pause", picked is null ? null : new { pauseUntil = picked });

        Assert.Contains("You are paused", card!.ToString());
        Assert.Contains("Paused until", replies.Texts());
        var ada = await _w.ParticipantAsync(_w.Ada);
        Assert.Equal((ParticipantStatus.Paused, DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)), (ada.Status, ada.PausedUntil));
        Assert.Equal(NudgeResponse.Pause, (await QuestionAsync()).Response);
    }

    [Fact]
    public async Task Pause_WithADateInThePast_IsRefused_AndNothingIsStored()
    {
        var (replies, _) = await _w.PressAsync(_w.Ada, _question, "Pause", new { pauseUntil = "2027-01-01" });

        Assert.Contains("A pause must end after today", replies.Texts());
        Assert.Equal(ParticipantStatus.Active, (await _w.ParticipantAsync(_w.Ada)).Status);
        Assert.Null((await QuestionAsync()).Response);
    }

    [Fact]
    public async Task Leave_LeavesTheProgrammeThroughTheLeaveFlow_AndEndsThePair()
    {
        var (_, card) = await _w.PressAsync(_w.Ada, _question, "Leave the programme");

        Assert.Contains("You have left the programme", card!.ToString());
        Assert.Equal(ParticipantStatus.Left, (await _w.ParticipantAsync(_w.Ada)).Status);
        Assert.False((await _w.Rig.PairAsync(_w.Ada, _w.Max)).IsActive);
        Assert.Equal(NudgeResponse.Leave, (await QuestionAsync()).Response);
    }

    [Fact]
    public async Task ALeaveRecordedByAPressThatStoppedBeforeActing_IsFinishedByTheNextPress()
    {
        // The stop between the two writes: the answer is saved, the leave never happened.
        var store = _w.Rig.Bot.Services.GetRequiredService<NudgeStore>();
        var question = await QuestionAsync();
        var stored = (await store.GetVersionedAsync(question.ProgrammeId, question.PairId, question.Kind, question.TenantId, question.UserObjectId, question.Period, default))!.Value;
        Assert.True(await store.TrySaveAsync(question.Respond(NudgeResponse.Leave, _w.Clock.GetUtcNow()).Value, stored.Version, default));

        var (replies, card) = await _w.PressAsync(_w.Ada, _question, "Leave the programme");

        Assert.Contains("You already answered this question", replies.Texts());
        Assert.Contains("You have left the programme", card!.ToString());
        Assert.Equal(ParticipantStatus.Left, (await _w.ParticipantAsync(_w.Ada)).Status);
        Assert.False((await _w.Rig.PairAsync(_w.Ada, _w.Max)).IsActive);
    }

    [Fact]
    public async Task ASecondPress_OnAnotherDevice_ShowsTheFirstAnswer_AndChangesNothingTwice()
    {
        await _w.PressAsync(_w.Ada, _question, "Pause");
        var paused = (await _w.ParticipantAsync(_w.Ada)).PausedUntil;
        _w.Clock.Advance(TimeSpan.FromMinutes(5));

        var (replies, card) = await _w.PressAsync(_w.Ada, _question, "Leave the programme");

        Assert.Contains("You already answered this question", replies.Texts());
        Assert.Contains("You are paused", card!.ToString());
        var ada = await _w.ParticipantAsync(_w.Ada);
        Assert.Equal((ParticipantStatus.Paused, paused), (ada.Status, ada.PausedUntil));
        Assert.True((await _w.Rig.PairAsync(_w.Ada, _w.Max)).IsActive);
        Assert.Equal(NudgeResponse.Pause, (await QuestionAsync()).Response);
    }

    [Fact]
    public async Task AForgedQuestionId_IsRefused_AndNothingIsStored()
    {
        var data = (JObject)JObject.Parse(_question.ToJsonString()).SelectToken($"$..actions[?(@.title == 'Leave the programme')].data")!;
        var forged = new JObject(data.Properties()) { [NudgeCard.NudgeIdField] = "20261201T0000Z" };

        var (replies, card) = await _w.Rig.InvokeAsync(_w.Ada, StayPauseLeaveCard.Verb, forged);
        var (byPartner, _) = await _w.Rig.InvokeAsync(_w.Max, StayPauseLeaveCard.Verb, data);

        Assert.Contains("That nudge is not one of yours", replies.Texts());
        Assert.Contains("That nudge is not one of yours", byPartner.Texts());
        Assert.Null(card);
        Assert.Equal(ParticipantStatus.Active, (await _w.ParticipantAsync(_w.Ada)).Status);
        Assert.Null((await QuestionAsync()).Response);
    }

    private async Task<Nudge> QuestionAsync() => Assert.Single(await _w.NudgesToAsync(_w.Ada, NudgeKind.StayPauseLeave));
}
