using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Domain.Programmes;

namespace MentorBot.Dialogs.Domain.Surveys;

/// <summary>
/// Closing a programme sends the end survey to the pairs that have not had it, and gives them <see cref="Length"/> to
/// answer before they end. A pair that had it (both people), or is not followed any more, ends at once.
/// </summary>
public static class ClosingWindow
{
    public static readonly TimeSpan Length = TimeSpan.FromDays(7);

    /// <summary>The instant a closed programme's remaining pairs end; null while open, or when closed before it was recorded.</summary>
    public static DateTimeOffset? EndsAt(Programme programme) => programme.IsOpen ? null : programme.ClosedAt + Length;

    public static bool Includes(Programme programme, DateTimeOffset instant) =>
        EndsAt(programme) is { } ends && instant >= programme.ClosedAt && instant < ends;

    public static bool IsOver(Programme programme, DateTimeOffset now) => !programme.IsOpen && (EndsAt(programme) is not { } ends || now >= ends);

    /// <summary>Whether closing (or a retry of it at <paramref name="now"/>) stops this pair now rather than after the window.</summary>
    /// <param name="ofPair">The pair's surveys, both people.</param>
    public static bool StopsNow(Programme programme, Pair pair, IEnumerable<Survey> ofPair, DateTimeOffset now) =>
        !pair.IsFollowed || IsOver(programme, now) ||
        ofPair.Where(s => s.Kind == SurveyKind.End).Select(s => (s.TenantId.ToUpperInvariant(), s.UserObjectId.ToUpperInvariant())).Distinct().Count() >= 2;
}
