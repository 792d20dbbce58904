namespace MentorBot.Dialogs.Domain.CheckIns;

/// <summary>
/// Whether a check-in asks if the pairing fits: on the first one, and again until the person has said "good fit" or
/// "not a good fit" (a "still deciding", or no answer at all, asks again next time).
/// </summary>
public static class FitQuestion
{
    public static bool IsAsked(IEnumerable<CheckIn> earlierOfThisPerson) =>
        !earlierOfThisPerson.Any(c => c.Answer?.Fit is Fit.GoodFit or Fit.NotAGoodFit);
}
