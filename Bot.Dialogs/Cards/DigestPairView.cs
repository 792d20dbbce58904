using MentorBot.Dialogs.Domain.Digests;

namespace MentorBot.Dialogs.Cards;

/// <summary>What <see cref="DigestPairCard"/> shows: the programme, the pair as it is now, the step, and the card to go back to.</summary>
public sealed record DigestPairView(string ProgrammeId, string ProgrammeName, AtRiskPair Pair, DigestPairStep Step, string ViewerTimeZone)
{
    /// <summary>Opened from the `at risk` card: Back (and what the press did) rebuilds that card.</summary>
    public bool AtRiskOnly { get; init; }
}
