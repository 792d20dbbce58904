using System.Text.Json.Nodes;
using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Conversations.Surveys;
using MentorBot.Dialogs.Domain;
using MentorBot.Dialogs.Domain.CheckIns;
using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Surveys;
using MentorBot.Dialogs.Stores;
using MentorBot.Tests.Conversations.CheckIns;
using MentorBot.Tests.Conversations.Matching;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace MentorBot.Tests.Conversations.Surveys;

/// <summary>
/// `feedback` and the survey card answered through the gate: in place with the person's own change, once, never by
/// someone else or for an ended pair, bad input refused, the baseline asked first when missing, and the end survey's
/// continue or close. Ada (mentee) has a baseline of 3 on each axis; Max (mentor) joined without one.
/// </summary>
public sealed class SurveyConversationTests : IAsyncLifetime
{
    private readonly CheckInRig _w = new();

    private SurveyStore Surveys => _w.Rig.Bot.Services.GetRequiredService<SurveyStore>();

    public Task InitializeAsync() => _w.InitializeAsync();

    public Task DisposeAsync() => _w.DisposeAsync();

    [Fact]
    public async Task Feedback_OpensTheOpenSurvey_AndAnswering_ReplacesTheCardWithTheOwnChange()
    {
        await SeedAsync(_w.Ada, SurveyKind.Mid, Role.Mentee, new SelfAssessment(3, 3, 3));

        var card = await OpenAsync(_w.Ada);
        Assert.Contains("Mid-way feedback: your mentoring with Max Mentor", CheckInRig.Text(card));
        Assert.Contains("Your skills (technical and behavioural)", CheckInRig.Text(card));
        var (_, shown) = await _w.PressAsync(_w.Ada, card, "Send", Answer(skills: "4", satisfaction: "2"));

        var text = shown!.ToString();
        Assert.Contains("Skills: 3 → 4", text);
        Assert.Contains("Access to opportunities: 3 → 3", text);
        Assert.Contains("Job satisfaction: 3 → 2", text);
        Assert.DoesNotContain("Confidence as a leader", text);
        Assert.Empty(shown.SelectTokens("$..actions[*]"));
        var stored = (await StoredAsync(_w.Ada, SurveyKind.Mid)).Answer!;
        Assert.Equal((new SelfAssessment(4, 3, 2), 4, 8, "Meeting every week", null), (stored.Now, stored.RelationshipQuality, stored.Recommend, stored.HelpedMost, stored.Choice));
    }

    [Fact]
    public async Task MonAvis_OpensTheSurveyInFrench_AndTheChangeIsInFrench()
    {
        var amelie = _w.Ada with { Locale = "fr-FR" };
        await SeedAsync(_w.Ada, SurveyKind.Mid, Role.Mentee, new SelfAssessment(3, 3, 3));

        var card = await OpenAsync(amelie, "mon avis");
        Assert.Contains("Vos compétences (techniques et comportementales)", CheckInRig.Text(card));
        var (_, shown) = await _w.PressAsync(amelie, card, "Envoyer", Answer(skills: "4"));

        Assert.Contains("Compétences : 3 → 4", shown!.ToString());
    }

    [Fact]
    public async Task Feedback_WithNoOpenSurvey_SaysSo()
    {
        var none = await _w.SendAsync(_w.Ada, "feedback");
        await SeedAsync(_w.Ada, SurveyKind.Mid, Role.Mentee, new SelfAssessment(3, 3, 3));
        await _w.PressAsync(_w.Ada, await OpenAsync(_w.Ada), "Send", Answer());
        var answered = await _w.SendAsync(_w.Ada, "feedback");

        Assert.Contains("no feedback survey open right now", none.Texts());
        Assert.Contains("no feedback survey open right now", answered.Texts());
    }

    public static TheoryData<string, string, string> BadAnswers => new()
    {
        { "en-US", """{"relationship":"7"}""", "How good is your mentoring relationship?: please choose from 1 to 5" },
        { "en-US", """{"recommend":"11"}""", "recommend the programme to a colleague?: please choose from 0 to 10" },
        { "en-US", """{"rateSkills":""}""", "Your skills (technical and behavioural): please choose from 1 to 5" },
        { "en-US", """{"rateOpportunities":"three"}""", "Your access to opportunities (roles, projects, network): please choose" },
        { "en-US", $$"""{"wouldChange":"{{new string('x', Limits.SurveyTextMax + 1)}}"}""", $"the limit is {Limits.SurveyTextMax}" },
        { "en-US", """{"choice":"Maybe"}""", "please choose one of the options" },
        { "en-US", """{"choice":""}""", "please choose one of the options" },
        { "fr-FR", """{"relationship":"0"}""", "choisissez une valeur de 1 à 5" },
    };

    [Theory]
    [MemberData(nameof(BadAnswers))]
    public async Task ABadAnswer_ReShowsTheCardWithWhatIsWrong_AndNothingIsStored(string locale, string change, string expected)
    {
        var user = _w.Ada with { Locale = locale };
        await SeedAsync(_w.Ada, SurveyKind.End, Role.Mentee, new SelfAssessment(3, 3, 3));
        var card = await OpenAsync(user, locale == "fr-FR" ? "mon avis" : "feedback");
        var inputs = Answer(choice: "Continue");
        inputs.Merge(JObject.Parse(change));

        var (_, shown) = await _w.PressAsync(user, card, locale == "fr-FR" ? "Envoyer" : "Send", inputs);

        Assert.Contains(expected, shown!.ToString(), StringComparison.Ordinal);
        Assert.NotEmpty(shown.SelectTokens($"$..actions[?(@.verb == '{SurveyCard.AnswerVerb}')]"));
        Assert.Null((await StoredAsync(_w.Ada, SurveyKind.End)).Answer);
    }

    [Fact]
    public async Task TheSurvey_PressedTwice_IsStoredOnce_AndTheSecondPressIsToldItIsRecorded()
    {
        await SeedAsync(_w.Ada, SurveyKind.Mid, Role.Mentee, new SelfAssessment(3, 3, 3));
        var card = await OpenAsync(_w.Ada);
        await _w.PressAsync(_w.Ada, card, "Send", Answer(skills: "4"));
        var first = await StoredAsync(_w.Ada, SurveyKind.Mid);

        var (replies, again) = await _w.PressAsync(_w.Ada, card, "Send", Answer(skills: "1"));

        Assert.Contains("already recorded", replies.Texts());
        Assert.Contains("Skills: 3 → 4", again!.ToString());
        var stored = await StoredAsync(_w.Ada, SurveyKind.Mid);
        Assert.Equal((first.AnsweredAt, 4), (stored.AnsweredAt, stored.Answer!.Now.Skills));
    }

    [Fact]
    public async Task SomeoneElse_PressingTheCard_RecordsNothingOnIt()
    {
        await SeedAsync(_w.Ada, SurveyKind.Mid, Role.Mentee, new SelfAssessment(3, 3, 3));
        var card = await OpenAsync(_w.Ada);

        var (byPartner, partnerCard) = await _w.PressAsync(_w.Max, card, "Send", Answer());
        var (byOutsider, outsiderCard) = await _w.PressAsync(_w.Nia, card, "Send", Answer());

        Assert.Contains("not one of yours", byPartner.Texts());
        Assert.Null(partnerCard);
        Assert.NotEmpty(byOutsider.Texts());
        Assert.Null(outsiderCard);
        Assert.Null((await StoredAsync(_w.Ada, SurveyKind.Mid)).Answer);
        Assert.Null(await Surveys.GetVersionedAsync(_w.Programme.Id, _w.Pair.Id, _w.Max.TenantId, _w.Max.ObjectId, SurveyKind.Mid, default));
    }

    [Fact]
    public async Task ASurveyOfAPairThatEnded_IsRefusedWithAMessage_AndNothingIsStored()
    {
        await SeedAsync(_w.Ada, SurveyKind.Mid, Role.Mentee, new SelfAssessment(3, 3, 3));
        var card = await OpenAsync(_w.Ada);
        await _w.Rig.Pairs.ChangeAsync(_w.Programme.Id, _w.Pair.Id, p => p.End(DateTimeOffset.UtcNow, PairEnding.MentorLeft), default);

        var (replies, shown) = await _w.PressAsync(_w.Ada, card, "Send", Answer());

        Assert.Contains("a mentoring pair that has ended", replies.Texts());
        Assert.Null(shown);
        Assert.Null((await StoredAsync(_w.Ada, SurveyKind.Mid)).Answer);
    }

    [Fact]
    public async Task AMentorWithoutABaseline_IsAskedItFirst_AndItIsKeptOnTheSurveyAndTheProfile()
    {
        await SeedAsync(_w.Max, SurveyKind.Mid, Role.Mentor, baseline: null);

        var card = await OpenAsync(_w.Max);
        var text = CheckInRig.Text(card);
        Assert.Contains("First, where were you when you joined?", text);
        Assert.Contains("\"id\": \"baselineLeadership\"", text);
        Assert.Contains("\"id\": \"rateLeadership\"", text);
        var (_, refused) = await _w.PressAsync(_w.Max, card, "Send", Answer(leadership: "4"));
        Assert.Contains("When you joined – Your skills (technical and behavioural): please choose", refused!.ToString());
        Assert.Null((await StoredAsync(_w.Max, SurveyKind.Mid)).Answer);

        var inputs = Answer(leadership: "4", mentorGained: "Patience");
        inputs.Merge(new JObject { ["baselineSkills"] = "2", ["baselineOpportunities"] = "3", ["baselineSatisfaction"] = "4", ["baselineLeadership"] = "2" });
        var (_, shown) = await _w.PressAsync(_w.Max, MatchingRig.ToCard(refused), "Send", inputs);

        Assert.Contains("Skills: 2 → 4", shown!.ToString());
        Assert.Contains("Confidence as a leader: 2 → 4", shown.ToString());
        var stored = await StoredAsync(_w.Max, SurveyKind.Mid);
        Assert.Equal((new SelfAssessment(2, 3, 4, 2), "Patience"), (stored.Baseline, stored.Answer!.MentorGained));
        var profile = await _w.Rig.Bot.Services.GetRequiredService<ParticipantStore>().GetAsync(_w.Programme.Id, _w.Max.TenantId, _w.Max.ObjectId, default);
        Assert.Equal(new SelfAssessment(2, 3, 4, 2), profile!.Baseline);
    }

    [Fact]
    public async Task Continue_ByOne_Waits_AndByBoth_ContinuesThePairInformally_TellingEachOnce()
    {
        await SeedAsync(_w.Ada, SurveyKind.End, Role.Mentee, new SelfAssessment(3, 3, 3));
        await SeedAsync(_w.Max, SurveyKind.End, Role.Mentor, new SelfAssessment(3, 3, 3, 3));

        var (_, adaCard) = await _w.PressAsync(_w.Ada, await OpenAsync(_w.Ada), "Send", Answer(choice: "Continue"));
        Assert.Contains("You chose to keep meeting Max Mentor informally", adaCard!.ToString());
        Assert.True((await PairAsync()).IsFollowed);
        Assert.Empty(_w.Messenger.Sent);

        var maxCard = await OpenAsync(_w.Max);
        await _w.PressAsync(_w.Max, maxCard, "Send", Answer(leadership: "4", choice: "Continue"));
        await _w.PressAsync(_w.Max, maxCard, "Send", Answer(leadership: "4", choice: "Continue"));

        var pair = await PairAsync();
        Assert.Equal((PairStatus.Active, false), (pair.Status, pair.IsFollowed));
        Assert.Contains("You and Max Mentor both chose to keep meeting informally", Assert.Single(_w.Messenger.CardsTo(_w.Ada.ObjectId)).ToJsonString());
        Assert.Contains("You and Ada Lovelace both chose to keep meeting informally", Assert.Single(_w.Messenger.CardsTo(_w.Max.ObjectId)).ToJsonString());
    }

    [Fact]
    public async Task BackToCheckIns_ByOne_Waits_ByTheSameOneAgain_ChangesNothing_AndByBoth_FollowsThePairAgain_TellingTheFirstOnce()
    {
        var (adaCard, maxCard) = await ContinueBothAsync();

        var (_, adaWaiting) = await _w.PressAsync(_w.Ada, adaCard, "Back to check-ins");
        var (_, adaAgain) = await _w.PressAsync(_w.Ada, adaCard, "Back to check-ins");
        Assert.Contains("Check-ins resume once Max Mentor asks too", adaWaiting!.ToString());
        Assert.Contains("Check-ins resume once Max Mentor asks too", adaAgain!.ToString());
        var waiting = await PairAsync();
        Assert.Equal((false, 1), (waiting.IsFollowed, waiting.OptedBackIn.Count));

        var (_, maxDone) = await _w.PressAsync(_w.Max, maxCard, "Back to check-ins");
        await _w.PressAsync(_w.Max, maxCard, "Back to check-ins");

        var pair = await PairAsync();
        Assert.Equal((true, null, 0), (pair.IsFollowed, pair.ContinuingSince, pair.OptedBackIn.Count));
        Assert.Contains("You both asked", maxDone!.ToString());
        Assert.Contains("You both asked", Assert.Single(_w.Messenger.TextsTo(_w.Ada.ObjectId)));
        Assert.Empty(_w.Messenger.TextsTo(_w.Max.ObjectId));
    }

    [Fact]
    public async Task ReprendreLesPoints_InFrench_SaysSoInFrench()
    {
        var (adaCard, _) = await ContinueBothAsync();

        var (_, waiting) = await _w.PressAsync(_w.Ada with { Locale = "fr-FR" }, adaCard, "Back to check-ins");

        Assert.Contains("Les points d'étape reprendront dès que Max Mentor le demandera aussi", waiting!.ToString());
    }

    [Fact]
    public async Task BackToCheckIns_OnAPairThatEndedSince_SaysItEnded_AndChangesNothing()
    {
        var (adaCard, _) = await ContinueBothAsync();
        var store = _w.Rig.Bot.Services.GetRequiredService<PairStore>();
        await store.ChangeAsync(_w.Programme.Id, (await PairAsync()).Id, p => p.End(DateTimeOffset.UtcNow, PairEnding.EndedByPair), default);

        var (_, card) = await _w.PressAsync(_w.Ada, adaCard, "Back to check-ins");

        Assert.Contains("This mentoring has ended", card!.ToString());
        var pair = await PairAsync();
        Assert.Equal((PairStatus.Ended, 0), (pair.Status, pair.OptedBackIn.Count));
    }

    private async Task<(JsonObject Ada, JsonObject Max)> ContinueBothAsync()
    {
        await SeedAsync(_w.Ada, SurveyKind.End, Role.Mentee, new SelfAssessment(3, 3, 3));
        await SeedAsync(_w.Max, SurveyKind.End, Role.Mentor, new SelfAssessment(3, 3, 3, 3));
        await _w.PressAsync(_w.Ada, await OpenAsync(_w.Ada), "Send", Answer(choice: "Continue"));
        await _w.PressAsync(_w.Max, await OpenAsync(_w.Max), "Send", Answer(leadership: "4", choice: "Continue"));
        var cards = (Assert.Single(_w.Messenger.CardsTo(_w.Ada.ObjectId)), Assert.Single(_w.Messenger.CardsTo(_w.Max.ObjectId)));
        _w.Messenger.Take(_w.Ada.ObjectId, CycleEnd.ContinuingWhat);
        _w.Messenger.Take(_w.Max.ObjectId, CycleEnd.ContinuingWhat);
        return cards;
    }

    [Fact]
    public async Task Close_ByOne_EndsThePair_AndBothGetTheSummaryOnce_AndThePartnersSurveyNoLongerTakesAnswers()
    {
        await SeedAsync(_w.Ada, SurveyKind.End, Role.Mentee, new SelfAssessment(3, 3, 3));
        await SeedAsync(_w.Max, SurveyKind.End, Role.Mentor, new SelfAssessment(3, 3, 3, 3));
        await SeedMetAsync(_w.Ada, daysAgo: 20, GoalProgress.Some);
        await SeedMetAsync(_w.Ada, daysAgo: 5, GoalProgress.Achieved);
        var maxCard = await OpenAsync(_w.Max);

        var adaCard = await OpenAsync(_w.Ada);
        await _w.PressAsync(_w.Ada, adaCard, "Send", Answer(choice: "Close"));
        var (_, again) = await _w.PressAsync(_w.Ada, adaCard, "Send", Answer(choice: "Close"));
        var (replies, _) = await _w.PressAsync(_w.Max, maxCard, "Send", Answer(leadership: "4", choice: "Continue"));

        var pair = await PairAsync();
        Assert.Equal((PairStatus.Ended, PairEnding.Completed), (pair.Status, pair.Ending));
        Assert.Contains("You chose to close your mentoring with Max Mentor", again!.ToString());
        Assert.Contains("Your mentoring with Max Mentor in Data mentoring is now closed. Together you held 2 meeting(s), and 1 goal(s) were achieved. Thank you", Assert.Single(_w.Messenger.TextsTo(_w.Ada.ObjectId)));
        Assert.Contains("Your mentoring with Ada Lovelace in Data mentoring is now closed", Assert.Single(_w.Messenger.TextsTo(_w.Max.ObjectId)));
        Assert.Contains("a mentoring pair that has ended", replies.Texts());
        Assert.Null((await StoredAsync(_w.Max, SurveyKind.End)).Answer);
    }

    [Fact]
    public async Task Continue_ThenClose_ByThePartner_ClosesThePair()
    {
        await SeedAsync(_w.Ada, SurveyKind.End, Role.Mentee, new SelfAssessment(3, 3, 3));
        await SeedAsync(_w.Max, SurveyKind.End, Role.Mentor, new SelfAssessment(3, 3, 3, 3));

        await _w.PressAsync(_w.Ada, await OpenAsync(_w.Ada), "Send", Answer(choice: "Continue"));
        await _w.PressAsync(_w.Max, await OpenAsync(_w.Max), "Send", Answer(leadership: "4", choice: "Close"));

        var pair = await PairAsync();
        Assert.Equal((PairStatus.Ended, PairEnding.Completed, null), (pair.Status, pair.Ending, pair.ContinuingSince));
        Assert.Contains("held 0 meeting(s)", Assert.Single(_w.Messenger.TextsTo(_w.Ada.ObjectId)));
        Assert.Single(_w.Messenger.TextsTo(_w.Max.ObjectId));
    }

    private static JObject Answer(string skills = "4", string satisfaction = "3", string? leadership = null, string? choice = null, string? mentorGained = null)
    {
        var answer = new JObject
        {
            ["rateSkills"] = skills,
            ["rateOpportunities"] = "3",
            ["rateSatisfaction"] = satisfaction,
            ["relationship"] = "4",
            ["recommend"] = "8",
            ["helpedMost"] = "  Meeting every week ",
            ["wouldChange"] = "",
        };
        if (leadership is not null)
            answer["rateLeadership"] = leadership;
        if (choice is not null)
            answer["choice"] = choice;
        if (mentorGained is not null)
            answer["mentorGained"] = mentorGained;
        return answer;
    }

    private async Task<JsonObject> OpenAsync(TeamsUser user, string command = "feedback")
    {
        var replies = await _w.SendAsync(user, command);
        return MatchingRig.ToCard(replies.LastCard());
    }

    private async Task SeedAsync(TeamsUser user, SurveyKind kind, Role role, SelfAssessment? baseline)
    {
        var sent = DateTimeOffset.UtcNow.AddDays(-1);
        Assert.True(await Surveys.TryCreateAsync(new Survey
        {
            ProgrammeId = _w.Programme.Id,
            PairId = _w.Pair.Id,
            TenantId = user.TenantId,
            UserObjectId = user.ObjectId,
            Role = role,
            Kind = kind,
            DueAt = sent,
            SentAt = sent,
            Baseline = baseline,
        }, default));
    }

    private async Task SeedMetAsync(TeamsUser user, double daysAgo, GoalProgress progress)
    {
        var checkIn = await _w.SeedCheckInAsync(user, daysAgo);
        var found = await _w.CheckIns.GetVersionedAsync(checkIn.ProgrammeId, checkIn.PairId, checkIn.TenantId, checkIn.UserObjectId, checkIn.Period, default);
        var answered = checkIn.WithAnswer(new CheckInAnswer(Met.Yes, 4, [new GoalAnswer(checkIn.Goals[0].Id, progress)]), DateTimeOffset.UtcNow.AddDays(-daysAgo + 1));
        Assert.True(await _w.CheckIns.TrySaveAsync(answered, found!.Value.Version, default));
    }

    private async Task<Survey> StoredAsync(TeamsUser user, SurveyKind kind) =>
        (await Surveys.GetVersionedAsync(_w.Programme.Id, _w.Pair.Id, user.TenantId, user.ObjectId, kind, default))!.Value.Row;

    private async Task<Pair> PairAsync() => (await _w.Rig.Pairs.GetAsync(_w.Programme.Id, _w.Pair.Id, default))!;
}
