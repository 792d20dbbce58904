using MentorBot.Dialogs.Domain.CheckIns;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Tests.Conversations.Matching;
using Newtonsoft.Json.Linq;

namespace MentorBot.Tests.Conversations.CheckIns;

/// <summary>`goals` with the progress check-ins reported, adding a goal from the check-in card, and check-ins in `my data` and `delete my data`, never shown to the partner.</summary>
public sealed class GoalsAndPrivacyTests : IAsyncLifetime
{
    private const string Goal = "Lead a data project";
    private const string Blocker = "My manager does not give me time for this";
    private readonly CheckInRig _w = new();

    public Task InitializeAsync() => _w.InitializeAsync();

    public Task DisposeAsync() => _w.DisposeAsync();

    [Fact]
    public async Task Goals_ShowsEachGoalWithTheProgressOfEveryAnsweredCheckIn()
    {
        await _w.SeedCheckInAsync(_w.Ada, daysAgo: 3);
        var card = await _w.OpenAsync(_w.Ada);
        await _w.PressAsync(_w.Ada, card, "Send", CheckInRig.Answer(goals: [(Goal, "Achieved"), ("Speak at a conference", "Some")]));

        var goals = (await _w.SendAsync(_w.Ada, "goals")).LastCard().ToString();

        Assert.Contains("Your goals in Data mentoring", goals);
        Assert.Contains($"{Goal} (achieved)", goals);
        Assert.Contains(": Achieved", goals);
        Assert.Contains(": Some", goals);
        Assert.Contains("Edit goals", goals);
    }

    [Fact]
    public async Task Objectifs_ShowsTheProgressInFrench_AndAGoalNeverAskedAbout()
    {
        var amelie = _w.Ada with { Locale = "fr-FR" };
        var card = await _w.OpenAsync(amelie, "faire le point");
        await _w.PressAsync(amelie, card, "Envoyer", CheckInRig.Answer(goals: (Goal, "ALot")));

        var goals = (await _w.SendAsync(amelie, "objectifs")).LastCard().ToString();

        Assert.Contains("Vos objectifs dans Data mentoring", goals);
        Assert.Contains(" : Beaucoup", goals);
        Assert.Contains("Aucun point de suivi ne l'a encore abordé.", goals);
    }

    [Fact]
    public async Task AddAGoal_OnTheCheckInCard_OpensTheGoalStep_AndTheNextCheckInAsksAboutIt()
    {
        var card = await _w.OpenAsync(_w.Ada);
        var add = (JObject)JObject.Parse(card.ToJsonString()).SelectTokens("$.actions[*]").Single(a => a.Value<string>("title") == "Add a goal")["data"]!;

        var edit = (await _w.Rig.Bot.SendAsync(_w.Ada, null, add)).LastCard();
        var saved = await _w.Rig.Bot.SendAsync(_w.Ada, null, edit.Submit(new { goal1 = Goal, goal2 = "Speak at a conference", goal3 = "Mentor someone myself" }));
        Assert.Contains("Saved", saved.Texts());
        await _w.PressAsync(_w.Ada, card, "Send", CheckInRig.Answer());

        var next = (await _w.OpenAsync(_w.Ada)).ToJsonString();
        Assert.Contains("Mentor someone myself", next);
        Assert.Contains("Change my goals", next);
    }

    [Fact]
    public async Task APersonsAnswers_AreNeverShownToTheirPartner()
    {
        var card = await _w.OpenAsync(_w.Ada);
        await _w.PressAsync(_w.Ada, card, "Send", CheckInRig.Answer(goals: (Goal, "Achieved")) .Merged(new JObject { ["blocker"] = Blocker, ["fit"] = "NotAGoodFit" }));

        var partnerCheckIn = (await _w.OpenAsync(_w.Max)).ToJsonString();
        var partnerData = (await _w.SendAsync(_w.Max, "my data")).LastCard().ToString();
        var partnerGoals = (await _w.SendAsync(_w.Max, "goals")).LastCard().ToString();
        var partnerMessages = string.Join("\n", _w.Messenger.To(_w.Max.ObjectId).Select(m => m.Text + m.Card?.ToJsonString()));

        Assert.All(new[] { partnerCheckIn, partnerData, partnerGoals, partnerMessages }, seen => Assert.DoesNotContain(Blocker, seen));
        Assert.DoesNotContain("NotAGoodFit", partnerData);
        Assert.DoesNotContain(GoalRef.IdOf(Goal), partnerData);
        Assert.DoesNotContain("Achieved", partnerGoals);
        Assert.Empty(partnerMessages);

        // The leads hear of the fit privately, without the private blocker.
        var lead = Assert.Single(_w.Messenger.CardsTo(_w.Rig.Lead.ObjectId)).ToJsonString();
        Assert.Contains("not a good fit", lead);
        Assert.DoesNotContain(Blocker, lead);
    }

    [Fact]
    public async Task MyData_ShowsTheirCheckIns_AndDeleteMyData_ErasesThemAndThePairsCheckIns()
    {
        var card = await _w.OpenAsync(_w.Ada);
        await _w.PressAsync(_w.Ada, card, "Send", CheckInRig.Answer().Merged(new JObject { ["blocker"] = Blocker }));
        await _w.OpenAsync(_w.Max);

        var mine = (await _w.SendAsync(_w.Ada, "my data")).LastCard().ToString();
        Assert.Contains("Your check-ins and answers", mine);
        Assert.Contains(Blocker, mine);

        var confirm = (await _w.SendAsync(_w.Ada, "delete my data")).LastCard();
        Assert.Contains("erased", (await _w.Rig.Bot.SendAsync(_w.Ada, null, confirm.Submit())).Texts());

        Assert.Empty(await _w.CheckIns.InProgrammeAsync(_w.Programme.Id, default));
    }
}

internal static class JObjectMerging
{
    public static JObject Merged(this JObject first, JObject more)
    {
        var result = (JObject)first.DeepClone();
        result.Merge(more);
        return result;
    }
}
