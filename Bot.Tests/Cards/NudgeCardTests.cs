using System.Text.Json.Nodes;
using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Conversations.Actions;
using MentorBot.Dialogs.Domain.Nudges;

namespace MentorBot.Tests.Cards;

/// <summary>What each nudge card offers, in which state (the schema, our rules and hostile text are covered through the catalogue).</summary>
public sealed class NudgeCardTests
{
    [Fact]
    public void ANudge_OffersFindATimeAndSnoozeAWeek_AsExecuteButtonsNamingThePair()
    {
        var actions = Actions(CardCatalogue.Build(nameof(NudgeCard), "en"));

        Assert.Equal([CardData.FindTimeVerb, NudgeCard.SnoozeVerb], actions.Select(a => (string?)a["verb"]));
        Assert.All(actions, a => Assert.Equal(("Action.Execute", "p-1", "m~u"), ((string?)a["type"], (string?)a["data"]![CardData.ProgrammeIdField], (string?)a["data"]![CardData.PairIdField])));
        Assert.NotNull(actions[1]["data"]![NudgeCard.NudgeIdField]);
    }

    [Fact]
    public void ASnoozedNudge_SaysUntilWhen_AndKeepsOnlyFindATime()
    {
        var card = CardCatalogue.Build("NudgeCard.Snoozed", "fr");

        Assert.Equal([CardData.FindTimeVerb], Actions(card).Select(a => (string?)a["verb"]));
        Assert.Contains(Texts(card), t => t.Contains("8 mars", StringComparison.Ordinal));
    }

    [Fact]
    public void AReminder_IsTheCheckInCard_AnsweredThroughTheCheckInsOwnVerb_WithANoticeOfItsDate()
    {
        var card = CardCatalogue.Build(nameof(CheckInReminderCard), "en");

        Assert.Contains(CheckInCard.AnswerVerb, Actions(card).Select(a => (string?)a["verb"]));
        Assert.Contains(Texts(card), t => t.StartsWith("Reminder: your check-in of 23 February", StringComparison.Ordinal));
    }

    [Fact]
    public void AnEscalation_GivesTheReasonsInTheLeadsLanguage_AndWhatWasTried()
    {
        var texts = Texts(CardCatalogue.Build(nameof(EscalationCard), "fr"));

        Assert.Contains(texts, t => t.Contains("- Utilité moyenne 2,3", StringComparison.Ordinal) || t.Contains("2,3", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("Mentoré : relancé pour se rencontrer (reporté)", StringComparison.Ordinal) && t.Contains("sans réponse", StringComparison.Ordinal));
    }

    [Fact]
    public void AnEscalation_OffersNudgeAgain_AMessageOfAtMost500Characters_AndAConfirmedEndAndRematch()
    {
        var actions = Actions(CardCatalogue.Build(nameof(EscalationCard), "en"));

        Assert.Equal(["Action.Execute", "Action.ShowCard", "Action.ShowCard"], actions.Select(a => (string?)a["type"]));
        Assert.Equal(EscalationCard.NudgeVerb, (string?)actions[0]["verb"]);
        var message = actions[1]["card"]!.AsObject();
        Assert.Equal((EscalationCard.MessageField, 500), ((string?)message["body"]![0]!["id"], (int)message["body"]![0]!["maxLength"]!));
        Assert.Equal(EscalationCard.MessageVerb, (string?)message["actions"]![0]!["verb"]);
        Assert.Equal(EscalationCard.EndAndRematchVerb, (string?)actions[2]["card"]!["actions"]![0]!["verb"]);
    }

    [Fact]
    public void AnEscalationActedOn_ShowsWhatWasDone_AndNoButtons()
    {
        var card = CardCatalogue.Build("EscalationCard.Done", "en");

        Assert.Empty(Actions(card));
        Assert.Contains("Done on 10 March: message sent to both.", Texts(card));
    }

    [Fact]
    public void TheStayPauseLeaveQuestion_OffersTheThreeChoices_OnOneVerb_AndItsAnswerNone()
    {
        var actions = Actions(CardCatalogue.Build(nameof(StayPauseLeaveCard), "en"));

        Assert.All(actions, a => Assert.Equal(StayPauseLeaveCard.Verb, (string?)a["verb"]));
        Assert.Equal([StayPauseLeaveCard.Stay, StayPauseLeaveCard.Pause, StayPauseLeaveCard.Leave], actions.Select(a => (string?)a["data"]![StayPauseLeaveCard.ChoiceField]));
        Assert.Empty(Actions(CardCatalogue.Build("StayPauseLeaveCard.Pause", "en")));
    }

    [Fact]
    public void EveryNudgeCardVerb_IsACardVerb_SoStartUpRequiresItsAction()
    {
        Assert.Subset(CardVerbs.Declared().ToHashSet(), new HashSet<string>
        {
            NudgeCard.SnoozeVerb, StayPauseLeaveCard.Verb, EscalationCard.NudgeVerb, EscalationCard.MessageVerb, EscalationCard.EndAndRematchVerb,
        });
    }

    private static List<JsonObject> Actions(JsonObject card) => card["actions"] is JsonArray actions ? [.. actions.Select(a => a!.AsObject())] : [];

    private static List<string> Texts(JsonNode? node) => node switch
    {
        JsonObject o => [.. (o["type"]?.GetValue<string>() == "TextBlock" ? [(string)o["text"]!] : Array.Empty<string>()).Concat(o.SelectMany(p => Texts(p.Value)))],
        JsonArray a => [.. a.SelectMany(Texts)],
        _ => [],
    };
}
