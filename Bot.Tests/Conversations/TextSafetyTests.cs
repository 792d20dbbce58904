using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Stores;
using MentorBot.Tests.Conversations.Matching;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace MentorBot.Tests.Conversations;

/// <summary>
/// What one person types reaches another as text: a Markdown link in a goal is shown literally on the mentor's offer
/// card, invisible characters are removed before anything is stored, and text that is not valid UTF-16 is refused with
/// a message in the user's language, leaving everything stored as it was.
/// </summary>
public sealed class TextSafetyTests : IAsyncLifetime
{
    private const string Phishing = "[Re-verify your MFA](https://evil.example)";
    private readonly MatchingRig _rig = new();

    public async Task InitializeAsync() => await _rig.ProgrammeAsync(MatchingMode.Automatic);

    public async Task DisposeAsync() => await _rig.DisposeAsync();

    [Fact]
    public async Task GoalWithAMarkdownLink_ReachesTheMentorsOfferCard_AsText_AndItsBidiControlsAreNotStored()
    {
        var maya = await _rig.PersonAsync("Maya", Role.Mentor, ["Data engineering"]);
        var ada = TeamsUser.Create("Ada");
        await OnboardingScript.CompleteAsync(_rig.Bot, ada, "mentee", "\u202E" + Phishing + "\u200B");

        await _rig.MatchAsync();

        var stored = Assert.Single(await Participants.ForUserAsync(ada.TenantId, ada.ObjectId, default));
        Assert.Equal([Phishing], stored.Goals);
        var offer = JObject.Parse(Assert.Single(_rig.Messenger.CardsTo(maya.ObjectId)).ToJsonString());
        var goals = offer.SelectTokens("$..facts[*].value").Select(v => v.ToString()).Single(v => v.Contains("MFA", StringComparison.Ordinal));
        Assert.Equal(@"1. \[Re-verify your MFA\]\(https\:/\/evil\.example\)", goals);
    }

    [Fact]
    public async Task DeclineReasonWithALink_ReachesTheLead_AsText()
    {
        var maya = await _rig.PersonAsync("Maya", Role.Mentor, ["Data engineering"]);
        await _rig.PersonAsync("Ada", Role.Mentee, ["Data engineering"]);
        await _rig.MatchAsync();
        var offer = Assert.Single(_rig.Messenger.CardsTo(maya.ObjectId));

        await _rig.PressAsync(maya, offer, "Decline", new { declineReason = "Busy, see " + Phishing });

        var told = string.Join("\n", _rig.Messenger.TextsTo(_rig.Lead.ObjectId));
        Assert.Contains(@"Busy, see \[Re-verify your MFA\]\(https\:/\/evil\.example\)", told, StringComparison.Ordinal);
        Assert.DoesNotContain("](", told, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-US", "broken character")]
    [InlineData("fr-FR", "caractère incomplet")]
    public async Task GoalWithALoneSurrogate_IsRefusedWithAMessage_AndNothingIsStored(string locale, string message)
    {
        var ada = TeamsUser.Create("Ada", locale);
        var about = (await _rig.Bot.SendAsync(ada, null, new { verb = "join", role = "mentee" })).LastCard();
        var goals = (await _rig.Bot.SendAsync(ada, null, about.Submit(new { department = "Data", jobTitle = "Analyst", seniority = "EarlyCareer" }))).LastCard();

        var refused = await _rig.Bot.SendAsync(ada, null, goals.Submit(new { goal1 = "Grow \uD800 fast" }));

        Assert.Contains(message, refused.Texts(), StringComparison.Ordinal);
        Assert.DoesNotContain(refused, r => r.Card() is not null);
        Assert.Empty(await Participants.ForUserAsync(ada.TenantId, ada.ObjectId, default));

        // The goals card is still the current step, and nothing of the refused answer was kept.
        var next = (await _rig.Bot.SendAsync(ada, null, goals.Submit(new { goal1 = "Grow fast" }))).LastCard();
        Assert.Contains("otherSkills", next.InputIds());
        Assert.DoesNotContain("\uD800", next.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-US", "broken character")]
    [InlineData("fr-FR", "caractère incomplet")]
    public async Task TypedMessageWithALoneSurrogate_GetsTheLocalisedMessage_NotAnError(string locale, string message)
    {
        var ada = TeamsUser.Create("Ada", locale);

        var replies = await _rig.Bot.SendAsync(ada, "help \uDC00");

        Assert.Contains(message, replies.Texts(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeclineReasonWithALoneSurrogate_IsRefused_AndTheOfferIsStillOpen()
    {
        var maya = await _rig.PersonAsync("Maya", Role.Mentor, ["Data engineering"]);
        var ada = await _rig.PersonAsync("Ada", Role.Mentee, ["Data engineering"]);
        await _rig.MatchAsync();
        var pair = await _rig.PairAsync(ada, maya);

        var activity = maya.Activity(ActivityTypes.Invoke);
        activity.Name = "adaptiveCard/action";
        activity.Value = JObject.FromObject(new { action = new { type = "Action.Execute", verb = "offerDecline", data = new { verb = "offerDecline", programmeId = pair.ProgrammeId, pairId = pair.Id, declineReason = "no \uD83D" } } });
        var replies = await _rig.Bot.ProcessAsync(activity);

        var response = (InvokeResponse)replies.Single(r => r.Type == ActivityTypesEx.InvokeResponse).Value;
        Assert.Contains("broken character", JObject.FromObject(response.Body).Value<string>("value"), StringComparison.Ordinal);
        Assert.Equal(PairStatus.Offered, (await _rig.PairAsync(ada, maya)).Status);
        Assert.Empty(_rig.Messenger.TextsTo(_rig.Lead.ObjectId));
    }

    private ParticipantStore Participants => _rig.Bot.Services.GetRequiredService<ParticipantStore>();
}
