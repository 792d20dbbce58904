using MentorBot.Dialogs.Domain.Pairs;

namespace MentorBot.Dialogs.Domain.CheckIns;

/// <summary>
/// Decides what an answer to a check-in does, before anything is saved: a closed pair and a superseded check-in
/// take no answer; a valid new answer (or a change of it, until the next check-in is sent) is recorded; the same
/// answer again changes nothing. The caller saves <see cref="Outcome.CheckIn"/> with its version, so two presses
/// at once still record one.
/// </summary>
public static class CheckInAnswering
{
    /// <param name="ofThisPerson">This person's check-ins for this pair (to tell whether a newer one was sent).</param>
    public static Outcome Answer(Pair pair, CheckIn checkIn, IReadOnlyCollection<CheckIn> ofThisPerson, CheckInAnswer answer, DateTimeOffset now)
    {
        if (!pair.IsActive)
            return new(AnswerResult.PairClosed, checkIn, []);
        var newest = ofThisPerson.Where(c => c.SentAt > checkIn.SentAt).MaxBy(c => c.SentAt);
        if (newest is not null)
            return new(AnswerResult.Superseded, newest, []);
        var errors = answer.Check(checkIn).ToList();
        if (errors.Count > 0)
            return new(AnswerResult.Invalid, checkIn, errors);
        if (checkIn.Answer is { } recorded && recorded.Equals(answer.Normalised()))
            return new(AnswerResult.AlreadyRecorded, checkIn, []);
        return new(AnswerResult.Recorded, checkIn.WithAnswer(answer, now), []);
    }

    /// <summary>The result, the check-in it concerns (the one to save, or the current one when superseded), and any errors.</summary>
    public sealed record Outcome(AnswerResult Result, CheckIn CheckIn, IReadOnlyList<ValidationError> Errors);
}
