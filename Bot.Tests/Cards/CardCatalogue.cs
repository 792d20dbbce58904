using System.Text.Json.Nodes;
using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Conversations;
using MentorBot.Dialogs.Localization;

namespace MentorBot.Tests.Cards;

/// <summary>Every card the bot can send, built by its real builder, in every language MentorBot speaks.</summary>
public static class CardCatalogue
{
    /// <summary>The builder types the catalogue covers; a test checks no builder is missing from this list.</summary>
    public static IReadOnlyList<Type> Builders { get; } = [typeof(WelcomeCard), typeof(HelpCard)];

    public static TheoryData<string, string> Names
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var (card, language) in All.Keys)
                data.Add(card, language);
            return data;
        }
    }

    public static IReadOnlyDictionary<(string Card, string Language), Func<JsonObject>> All { get; } =
        Localizer.Languages.SelectMany(language => new (string, Func<Localizer, JsonObject>)[]
            {
                (nameof(WelcomeCard), WelcomeCard.Build),
                (nameof(HelpCard), text => HelpCard.Build(text, BotCommands.All)),
            }.Select(card => (Key: (card.Item1, language), Build: (Func<JsonObject>)(() => card.Item2(new Localizer(language))))))
        .ToDictionary(c => c.Key, c => c.Build);

    public static JsonObject Build(string card, string language) => All[(card, language)]();
}
