namespace MentorBot.Dialogs.Cards;

/// <summary>The names our cards use in the data they post back.</summary>
public static class CardData
{
    public const string VerbField = "verb";
    public const string RoleField = "role";

    public const string JoinVerb = "join";
}
