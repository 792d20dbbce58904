namespace MentorBot.Dialogs.Conversations.Digests;

/// <summary>
/// What a button on a digest's at-risk row (or on the pair card it opens) posts: the pair, whether it is the `at risk`
/// card (so the press rebuilds that card), the step a show press opens, and for Message both the lead's text (absent
/// when left empty).
/// </summary>
public sealed record DigestPairPress(string ProgrammeId, string PairId)
{
    public bool AtRiskOnly { get; init; }

    public string? Message { get; init; }

    /// <summary>For <see cref="Cards.DigestCard.ShowVerb"/>: "message", "end", or "back" (anything else reads as back).</summary>
    public string? Step { get; init; }
}
