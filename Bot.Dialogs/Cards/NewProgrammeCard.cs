using System.Text.Json.Nodes;
using MentorBot.Dialogs.Localization;

namespace MentorBot.Dialogs.Cards;

/// <summary>Offers a lead who may create programmes to start a new one.</summary>
public static class NewProgrammeCard
{
    public const string Verb = "programmeNew";

    public static JsonObject Build(Localizer text) => AdaptiveCard.Create(
        [AdaptiveCard.Text(text["ProgrammeNewHint"])],
        [AdaptiveCard.Submit(text["ProgrammeNewButton"], Verb)]);
}
