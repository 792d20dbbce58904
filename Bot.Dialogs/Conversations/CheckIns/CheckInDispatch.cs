using MentorBot.Dialogs.Domain.CheckIns;
using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Stores;

namespace MentorBot.Dialogs.Conversations.CheckIns;

/// <summary>
/// Sends every check-in that is due now, programme by programme. For each person of each active pair the domain
/// (<see cref="CheckInSchedule"/>) says what is next and when; one that is due is recorded first (insert-only, so a
/// second run at the same moment records nothing) and then handed to the messenger under its idempotency key. A
/// check-in recorded by a run that stopped before sending is sent by the next run. One not due yet (outside working
/// hours, paused) is simply asked about again next run: nothing is dropped. Safe to run twice at once.
/// </summary>
public sealed class CheckInDispatch(ProgrammeStore programmes, ParticipantStore participants, PairStore pairs, CheckInStore checkIns, CheckInDelivery delivery, TimeProvider time)
{
    /// <returns>How many check-ins this run handed to the messenger.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var handed = 0;
        await foreach (var programme in programmes.ListAsync(cancellationToken))
        {
            if (!programme.IsOpen)
                continue;
            var roster = await ProgrammeRoster.ReadAsync(programme, participants, pairs, checkIns, cancellationToken);
            foreach (var pair in roster.ActivePairs)
                handed += await DispatchPairAsync(roster, pair, cancellationToken);
        }

        return handed;
    }

    private async Task<int> DispatchPairAsync(ProgrammeRoster roster, Pair pair, CancellationToken cancellationToken)
    {
        if (roster.Person(pair.MenteeTenantId, pair.MenteeId) is not { } mentee || roster.Person(pair.MentorTenantId, pair.MentorId) is not { } mentor)
            return 0;
        return await DispatchAsync(roster, pair, mentee, mentor, cancellationToken) + await DispatchAsync(roster, pair, mentor, mentee, cancellationToken);
    }

    private async Task<int> DispatchAsync(ProgrammeRoster roster, Pair pair, Participant person, Participant partner, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var earlier = roster.CheckInsOf(pair, person);
        var handed = 0;

        // Recorded by a run that stopped before sending: sent now, unless a pause started since.
        foreach (var unsent in earlier.Where(c => c.AwaitsSending))
        {
            if (!IsPaused(person, partner, now) && person.Status != ParticipantStatus.Left && partner.Status != ParticipantStatus.Left)
            {
                await delivery.SendAsync(roster, pair, unsent, partner, cancellationToken);
                handed++;
            }
        }

        if (CheckInSchedule.Next(roster.Programme, pair, person, partner, earlier, now) is not { } due || !due.IsDue(now))
            return handed;

        var checkIn = CheckIn.For(pair, person, due.Period, due.Trigger, due.At, now, due.AsksFit) with { AwaitsSending = true };

        // Another run recorded it first: that run sends it, or the next one does if it stopped.
        if (!await checkIns.TryCreateAsync(checkIn, cancellationToken))
            return handed;
        await delivery.SendAsync(roster, pair, checkIn, partner, cancellationToken);
        return handed + 1;
    }

    private static bool IsPaused(Participant person, Participant partner, DateTimeOffset now) =>
        Pauses.IsPausedAt(person, now) || Pauses.IsPausedAt(partner, now);
}
