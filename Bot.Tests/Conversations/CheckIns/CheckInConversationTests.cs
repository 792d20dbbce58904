using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Domain;
using MentorBot.Dialogs.Domain.CheckIns;
using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Tests.Conversations.Matching;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace MentorBot.Tests.Conversations.CheckIns;

/// <summary>`check in` and the check-in card answered through the gate: in place, once, on the current check-in only, and bad input refused.</summary>
public sealed class CheckInConversationTests : IAsyncLifetime
{
    private const string Goal = "Lead a data project";
    private readonly CheckInRig _w = new();

    public Task InitializeAsync() => _w.InitializeAsync();

    public Task DisposeAsync() => _w.DisposeAsync();

    [Fact]
    public async Task CheckIn_OpensANewCheckIn_AndAnswering_ReplacesTheCardWithTheSummary()
    {
        var card = await _w.OpenAsync(_w.Ada);

        Assert.Contains("How is it going with Max Mentor?", card.ToJsonString());
        var created = Assert.Single(await _w.StoredAsync(_w.Ada));
        Assert.Equal((CheckInTrigger.OnRequest, Role.Mentee, true), (created.Trigger, created.Role, created.AsksFit));
        Assert.EndsWith("r", created.Period, StringComparison.Ordinal);

        var (_, summary) = await _w.PressAsync(_w.Ada, card, "Send", CheckInRig.Answer(goals: (Goal, "Achieved")));

        Assert.NotNull(summary);
        Assert.Contains("your check-in is recorded", summary.ToString());
        Assert.Contains(summary.SelectTokens("$..actions[*].title"), t => t.ToString() == "Change my answer");
        var answer = Assert.Single(await _w.StoredAsync(_w.Ada)).Answer!;
        Assert.Equal((Met.Yes, 4, GoalProgress.Achieved), (answer.Met, answer.Usefulness, answer.Goals.Single().Progress));
    }

    [Fact]
    public async Task CheckIn_TypedAgain_ShowsTheSameUnansweredCheckIn()
    {
        await _w.OpenAsync(_w.Ada);
        var again = await _w.OpenAsync(_w.Ada);

        var only = Assert.Single(await _w.StoredAsync(_w.Ada));
        Assert.Contains(only.Period, again.ToJsonString());
    }

    [Fact]
    public async Task CheckIn_WhenAPeriodHasCome_RecordsThatPeriod_SoTheDispatcherFindsItThere()
    {
        // Accepted a week ago, every 7 days: the interval has come round; the check-in takes its period's id.
        var programmes = _w.Rig.Bot.Services.GetRequiredService<Dialogs.Stores.ProgrammeStore>();
        var (programme, version) = (await programmes.GetVersionedAsync(_w.Programme.Id, default))!.Value;
        await programmes.SaveAsync(programme with { CheckInEveryDays = 7 }, version, default);

        await _w.OpenAsync(_w.Ada);

        var created = Assert.Single(await _w.StoredAsync(_w.Ada));
        Assert.Equal(CheckInPeriod.Every(_w.Pair.AcceptedAt!.Value.AddDays(7)), created.Period);
    }

    [Fact]
    public async Task CheckIn_AfterTheCurrentOneWasAnswered_OpensANewOne_AndTheOldSummaryCanNoLongerBeChanged()
    {
        var first = await _w.OpenAsync(_w.Ada);
        var (_, summary) = await _w.PressAsync(_w.Ada, first, "Send", CheckInRig.Answer());
        var second = await _w.OpenAsync(_w.Ada);

        Assert.Equal(2, (await _w.StoredAsync(_w.Ada)).Count);
        var (replies, card) = await _w.PressAsync(_w.Ada, MatchingRig.ToCard(summary!), "Change my answer");
        Assert.Contains("A newer check-in has been sent", replies.Texts());
        Assert.Null(card);
        Assert.NotEqual(first.ToJsonString(), second.ToJsonString());
    }

    [Fact]
    public async Task TheSameAnswer_SentTwice_IsStoredOnce()
    {
        var card = await _w.OpenAsync(_w.Ada);
        await _w.PressAsync(_w.Ada, card, "Send", CheckInRig.Answer(goals: (Goal, "Some")));
        var firstAnswered = Assert.Single(await _w.StoredAsync(_w.Ada)).AnsweredAt;

        var (replies, again) = await _w.PressAsync(_w.Ada, card, "Send", CheckInRig.Answer(goals: (Goal, "Some")));

        Assert.Contains("already recorded", replies.Texts());
        Assert.Contains("your check-in is recorded", again!.ToString());
        Assert.Equal(firstAnswered, Assert.Single(await _w.StoredAsync(_w.Ada)).AnsweredAt);
    }

    [Fact]
    public async Task APressOnAnOlderCheckIn_AfterANewerWasAnswered_ChangesNothing_AndSaysWhichIsCurrent()
    {
        var older = await _w.SeedCheckInAsync(_w.Ada, daysAgo: 20);
        var newer = await _w.SeedCheckInAsync(_w.Ada, daysAgo: 5);
        var newerCard = await _w.OpenAsync(_w.Ada);
        await _w.PressAsync(_w.Ada, newerCard, "Send", CheckInRig.Answer());

        var (replies, card) = await _w.Rig.InvokeAsync(_w.Ada, CheckInCard.AnswerVerb, Data(older, CheckInRig.Answer(met: "Cancelled", usefulness: null)));

        Assert.Contains("A newer check-in has been sent since this one", replies.Texts());
        Assert.Empty(card!.SelectTokens("$..actions[?(@.verb == 'checkInAnswer')]"));
        var stored = await _w.StoredAsync(_w.Ada);
        Assert.Null(stored.Single(c => c.Period == older.Period).Answer);
        Assert.Equal(Met.Yes, stored.Single(c => c.Period == newer.Period).Answer!.Met);
    }

    [Fact]
    public async Task ChangeMyAnswer_ShowsTheCardPrefilled_AndRecordsTheChange()
    {
        var card = await _w.OpenAsync(_w.Ada);
        var (_, summary) = await _w.PressAsync(_w.Ada, card, "Send", CheckInRig.Answer(usefulness: "2"));

        var (_, changing) = await _w.PressAsync(_w.Ada, MatchingRig.ToCard(summary!), "Change my answer");
        Assert.Equal("2", changing!.SelectToken("$..body[?(@.id == 'usefulness')].value")!.ToString());
        var (_, changed) = await _w.PressAsync(_w.Ada, MatchingRig.ToCard(changing), "Send", new { usefulness = "5" });

        Assert.Contains("5 / 5", changed!.ToString());
        Assert.Equal(5, Assert.Single(await _w.StoredAsync(_w.Ada)).Answer!.Usefulness);
    }

    public static TheoryData<string, string, string> BadAnswers => new()
    {
        { "en-US", """{"met":"Yes","usefulness":"7"}""", "Please rate from 1 (low) to 5 (high)" },
        { "en-US", """{"met":"Yes","usefulness":"4","goal.gdeadbeef0000":"Some"}""", "That goal is not one this check-in asks about" },
        { "en-US", $$"""{"met":"NotYet","blocker":"{{new string('x', Limits.BlockerMax + 1)}}"}""", $"the limit is {Limits.BlockerMax}" },
        { "en-US", """{"met":"Yes"}""", "please rate how useful it was" },
        { "fr-FR", """{"met":"Yes","usefulness":"0"}""", "Notez de 1 (faible) à 5 (élevé)" },
    };

    [Theory]
    [MemberData(nameof(BadAnswers))]
    public async Task ABadAnswer_IsRefusedWithALocalisedMessage_AndNothingIsStored(string locale, string inputs, string expected)
    {
        var user = locale == "en-US" ? _w.Ada : _w.Ada with { Locale = locale };
        var card = await _w.OpenAsync(user);

        var (_, shown) = await _w.PressAsync(user, card, user.Locale == "fr-FR" ? "Envoyer" : "Send", JObject.Parse(inputs));

        Assert.Contains(expected, shown!.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.Null(Assert.Single(await _w.StoredAsync(_w.Ada)).Answer);
    }

    [Fact]
    public async Task ACardOfAPairThatEnded_IsRefused_AndNothingIsStored()
    {
        var card = await _w.OpenAsync(_w.Ada);
        await _w.Rig.Pairs.ChangeAsync(_w.Programme.Id, _w.Pair.Id, p => p.End(DateTimeOffset.UtcNow, PairEnding.MentorLeft), default);

        var (replies, _) = await _w.PressAsync(_w.Ada, card, "Send", CheckInRig.Answer());

        Assert.Contains("a mentoring pair that has ended", replies.Texts());
        Assert.Null(Assert.Single(await _w.StoredAsync(_w.Ada)).Answer);
    }

    [Fact]
    public async Task SomeoneElsesCheckIn_FindsNothingOfTheirs_AndNothingIsStored()
    {
        var card = await _w.OpenAsync(_w.Ada);

        var (byPartner, partnerCard) = await _w.PressAsync(_w.Max, card, "Send", CheckInRig.Answer());
        var (byOutsider, _) = await _w.PressAsync(_w.Nia, card, "Send", CheckInRig.Answer());

        Assert.Contains("not one of yours", byPartner.Texts());
        Assert.Null(partnerCard);
        Assert.NotEmpty(byOutsider.Texts());
        Assert.Null(Assert.Single(await _w.StoredAsync(_w.Ada)).Answer);
        Assert.Empty(await _w.StoredAsync(_w.Max));
    }

    [Fact]
    public async Task FaireLePoint_OpensTheCardInFrench_AndTheSummaryIsInFrench()
    {
        var amelie = _w.Ada with { Locale = "fr-FR" };
        var card = await _w.OpenAsync(amelie, "faire le point");

        Assert.Contains("Comment ça se passe avec Max Mentor", CheckInRig.Text(card));
        var (_, summary) = await _w.PressAsync(amelie, card, "Envoyer", CheckInRig.Answer());
        Assert.Contains("Modifier ma réponse", summary!.ToString());
    }

    [Fact]
    public async Task CheckIn_WhilePaused_SaysSo_AndCreatesNothing()
    {
        await _w.ChangeParticipantAsync(_w.Ada, p => p with { Status = ParticipantStatus.Paused, PausedUntil = new DateOnly(2027, 3, 1) });

        var replies = await _w.SendAsync(_w.Ada, "check in");

        Assert.Contains("You are paused until", replies.Texts());
        Assert.Empty(await _w.StoredAsync(_w.Ada));
    }

    [Fact]
    public async Task CheckIn_WhileThePartnerIsPaused_SaysSo_AndCreatesNothing()
    {
        await _w.ChangeParticipantAsync(_w.Max, p => p with { Status = ParticipantStatus.Paused, PausedUntil = null });

        var replies = await _w.SendAsync(_w.Ada, "check in");

        Assert.Contains("Max Mentor has paused mentoring", replies.Texts());
        Assert.Empty(await _w.StoredAsync(_w.Ada));
    }

    [Fact]
    public async Task CheckIn_WithoutAPair_SaysHowCheckInsStart()
    {
        var replies = await _w.SendAsync(_w.Nia, "check in");

        Assert.Contains("no active mentoring pair", replies.Texts());
    }

    [Fact]
    public async Task CheckIn_InSeveralPairs_OffersAPickCard_WhoseButtonOpensThatPairsCheckIn()
    {
        var bea = await _w.PersonAsync("Bea Second", Role.Mentee, "en-US");
        var other = await _w.PairAsync(bea, _w.Max);

        var pick = await _w.OpenAsync(_w.Max);
        Assert.Contains("Which pair would you like to check in about?", pick.ToJsonString());
        var (replies, _) = await _w.Rig.PressAsync(_w.Max, pick, "Bea Second (Data mentoring)", pairId: other.Id);

        Assert.Contains("How is it going with Bea Second?", replies.LastCard().ToString());
        Assert.Single(await _w.StoredAsync(_w.Max, other));
        Assert.Empty(await _w.StoredAsync(_w.Max));
    }

    private static JObject Data(CheckIn checkIn, JObject inputs)
    {
        var data = new JObject { ["programmeId"] = checkIn.ProgrammeId, ["pairId"] = checkIn.PairId, ["checkInId"] = checkIn.Period };
        data.Merge(inputs);
        return data;
    }
}
