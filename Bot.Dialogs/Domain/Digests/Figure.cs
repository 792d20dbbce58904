namespace MentorBot.Dialogs.Domain.Digests;

/// <summary>
/// One figure shown to leads and the number of people it was computed from. Below the programme's MinAnswers the value
/// is dropped here, not merely hidden by the card, so nothing downstream can show what a handful of people answered.
/// </summary>
public sealed record Figure(double? Value, int N)
{
    /// <summary>Too few people answered: the card reads "not enough answers yet".</summary>
    public bool IsSuppressed => Value is null;

    /// <summary><paramref name="value"/> computed from <paramref name="n"/> people, kept only when <paramref name="n"/> reaches <paramref name="minAnswers"/> (at least one).</summary>
    public static Figure Of(double value, int n, int minAnswers) => new(n >= Math.Max(1, minAnswers) ? value : null, n);

    /// <summary>The mean of one value per person, or a suppressed figure when too few (or none) answered.</summary>
    public static Figure MeanOf(IReadOnlyCollection<double> perPerson, int minAnswers) =>
        perPerson.Count == 0 ? new(null, 0) : Of(perPerson.Average(), perPerson.Count, minAnswers);

    /// <summary>The share (0–100) of <paramref name="of"/> people for whom <paramref name="count"/> holds.</summary>
    public static Figure PercentOf(int count, int of, int minAnswers) => of == 0 ? new(null, 0) : Of(100.0 * count / of, of, minAnswers);
}
