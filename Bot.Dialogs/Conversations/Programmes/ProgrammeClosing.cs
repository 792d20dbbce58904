using MentorBot.Dialogs.Conversations.Matching;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Domain.Surveys;
using MentorBot.Dialogs.Stores;

namespace MentorBot.Dialogs.Conversations.Programmes;

/// <summary>
/// Closing a programme: it closes (nobody joins or is matched any more), then its pairs stop and their people are
/// told. A pair that has not had the end survey is the exception: the survey dispatch sends it and ends the pair once
/// the <see cref="ClosingWindow"/> is over.
/// </summary>
public sealed class ProgrammeClosing(ProgrammeStore programmes, PairEndings endings, SurveyStore surveys, TimeProvider time)
{
    /// <summary>
    /// Closes the programme as read at <paramref name="version"/>; false when it could not be closed (erased, or kept
    /// changing). A programme closed already has its pairs stopped again, which finishes a close a stop cut short.
    /// </summary>
    public async Task<bool> CloseAsync(Programme programme, string version, CancellationToken cancellationToken)
    {
        var closed = await programmes.ChangeAsync(programme, version, p => p.Close(time.GetUtcNow()), cancellationToken);
        if (closed.Record is not { IsOpen: false } now)
            return false;
        await StopPairsAsync(now, cancellationToken);
        return true;
    }

    /// <summary>Stops the closed programme's pairs that stop now (see <see cref="ClosingWindow.StopsNow"/>): all of them once its window is over.</summary>
    public async Task StopPairsAsync(Programme closed, CancellationToken cancellationToken)
    {
        var ofPair = (await surveys.InProgrammeAsync(closed.Id, cancellationToken)).ToLookup(s => s.PairId, StringComparer.OrdinalIgnoreCase);
        var now = time.GetUtcNow();
        await endings.AfterClosingAsync(closed, pair => ClosingWindow.StopsNow(closed, pair, ofPair[pair.Id], now), cancellationToken);
    }
}
