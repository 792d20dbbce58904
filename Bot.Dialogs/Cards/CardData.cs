namespace MentorBot.Dialogs.Cards;

/// <summary>The names our cards use in the data they post back.</summary>
public static class CardData
{
    public const string VerbField = "verb";
    public const string RoleField = "role";

    public const string JoinVerb = "join";

    /// <summary>Cards about a pair (introduction, offer, find a time) name it by programme and pair id.</summary>
    public const string ProgrammeIdField = "programmeId";
    public const string PairIdField = "pairId";

    /// <summary>"Find a time" for a pair: on the introduction card and in nudges; an Action.Execute, so the card updates in place.</summary>
    public const string FindTimeVerb = "findTime";
}
