using MentorBot.Dialogs.Conversations.Matching;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Stores;

namespace MentorBot.Dialogs.Conversations.Programmes;

/// <summary>Closing a programme: it closes (nobody joins or is matched any more), then its pairs stop and their people are told.</summary>
public sealed class ProgrammeClosing(ProgrammeStore programmes, PairEndings endings)
{
    /// <summary>
    /// Closes the programme as read at <paramref name="version"/>; false when it could not be closed (erased, or kept
    /// changing). A programme closed already has its pairs stopped again, which finishes a close a stop cut short.
    /// </summary>
    public async Task<bool> CloseAsync(Programme programme, string version, CancellationToken cancellationToken)
    {
        var closed = await programmes.ChangeAsync(programme, version, p => p.Close(), cancellationToken);
        if (closed.Record is not { IsOpen: false } now)
            return false;
        await endings.AfterClosingAsync(now, cancellationToken);
        return true;
    }
}
