using MentorBot.Dialogs.Conversations.CheckIns;
using MentorBot.Dialogs.Domain.Nudges;
using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Stores;

namespace MentorBot.Dialogs.Conversations.Nudges;

/// <summary>
/// Sends every nudge, reminder, escalation and stay/pause/leave question that is due now, programme by programme.
/// For each active pair the domain (<see cref="NudgeRules"/>) says what is due and from when (inside each recipient's
/// working hours, after pauses and snoozes); one that is due is recorded first (insert-only, so a second run or a
/// second process records nothing) and then handed to the messenger under its idempotency key. One recorded by a
/// run that stopped before sending is sent by the next run. One not due yet is asked about again next run: nothing
/// is dropped. Each recorded nudge stays on the pair, which is what the escalation card and the digest show.
/// </summary>
public sealed class NudgeDispatch(ProgrammeStore programmes, ParticipantStore participants, PairStore pairs, CheckInStore checkIns, NudgeStore nudges, NudgeDelivery delivery, LeadHours leads, TimeProvider time)
{
    /// <summary>Pairs dispatched at the same time: enough sends in flight to keep Teams' rate limit busy.</summary>
    public const int PairsAtOnce = 8;

    /// <returns>How many nudges this run handed to the messenger.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var handed = 0;
        await foreach (var programme in programmes.ListAsync(cancellationToken))
        {
            if (programme.IsOpen)
                handed += await DispatchProgrammeAsync(programme, cancellationToken);
        }

        return handed;
    }

    private async Task<int> DispatchProgrammeAsync(Programme programme, CancellationToken cancellationToken)
    {
        var roster = await ProgrammeRoster.ReadAsync(programme, participants, pairs, checkIns, cancellationToken);
        if (roster.ActivePairs.Count == 0)
            return 0;
        var sent = (await nudges.InProgrammeAsync(programme.Id, cancellationToken)).ToLookup(n => n.PairId, StringComparer.OrdinalIgnoreCase);
        var snoozes = (await nudges.SnoozesInProgrammeAsync(programme.Id, cancellationToken)).ToLookup(s => s.PairId, StringComparer.OrdinalIgnoreCase);
        var leadHours = KnownLeadHours(programme, roster);
        var situations = new List<PairSituation>(roster.ActivePairs.Count);
        foreach (var pair in roster.ActivePairs)
        {
            if (roster.Person(pair.MenteeTenantId, pair.MenteeId) is not { } mentee || roster.Person(pair.MentorTenantId, pair.MentorId) is not { } mentor)
                continue;
            situations.Add(new PairSituation(new NudgeSituation
            {
                Programme = programme,
                Pair = pair,
                Mentee = mentee,
                Mentor = mentor,
                CheckIns = [.. roster.CheckInsOf(pair, mentee), .. roster.CheckInsOf(pair, mentor)],
                Sent = [.. sent[pair.Id]],
                Snoozes = [.. snoozes[pair.Id]],
                LeadHours = leadHours,
            }));
        }

        // Several pairs at once: one send is a round trip to Teams plus a few store writes, so one at a time stays far
        // below the 50 messages a second Teams allows per tenant. The messenger's rate limiter keeps the pace, and each
        // pair's own nudges still go out in order.
        var handed = 0;
        await Parallel.ForEachAsync(situations, new ParallelOptions { MaxDegreeOfParallelism = PairsAtOnce, CancellationToken = cancellationToken }, async (pair, ct) =>
            Interlocked.Add(ref handed, await DispatchPairAsync(pair, ct)));
        return handed;
    }

    private async Task<int> DispatchPairAsync(PairSituation pair, CancellationToken cancellationToken)
    {
        var (situation, now, handed) = (pair.Situation, time.GetUtcNow(), 0);

        // Recorded by a run that stopped before sending: sent now, unless a pause or snooze started since (the rules
        // are the judge of that: they return nothing for a pair on hold).
        var onHold = IsOnHold(situation, now);
        foreach (var unsent in situation.Sent.Where(n => n.AwaitsSending))
        {
            if (!onHold || unsent.ToLead)
            {
                await delivery.SendAsync(pair, unsent, cancellationToken);
                handed++;
            }
        }

        (situation, var dues) = await DueAsync(situation, now, cancellationToken);
        foreach (var due in dues)
        {
            var nudge = due.Sent(now) with { AwaitsSending = true };

            // Another run recorded it first: that run sends it, or the next one does if it stopped.
            if (!await nudges.TryCreateAsync(nudge, cancellationToken))
                continue;
            await delivery.SendAsync(new PairSituation(situation with { Sent = [.. situation.Sent, nudge] }), nudge, cancellationToken);
            handed++;
        }

        return handed;
    }

    // An escalation or faded card to a lead whose hours are not known yet: the directory is asked (rarely: only when one is coming),
    // and the rules run again with them, so it arrives in the lead's own working hours.
    private async Task<(NudgeSituation Situation, IEnumerable<NudgeDue> Due)> DueAsync(NudgeSituation situation, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var due = NudgeRules.Due(situation, now);
        var unknown = due.Where(d => d.Nudge.ToLead && !situation.LeadHours.ContainsKey(d.Nudge.UserObjectId)).Select(d => d.Nudge.UserObjectId).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (unknown.Count > 0)
        {
            var hours = new Dictionary<string, WorkingHours>(situation.LeadHours, StringComparer.OrdinalIgnoreCase);
            foreach (var lead in unknown)
            {
                if (await leads.OfAsync(situation.Programme.TenantId, lead, cancellationToken) is { } found)
                    hours[lead] = found;
            }

            if (hours.Count > situation.LeadHours.Count)
            {
                situation = situation with { LeadHours = hours };
                due = NudgeRules.Due(situation, now);
            }
        }

        return (situation, due.Where(d => d.IsDue(now)));
    }

    private static bool IsOnHold(NudgeSituation situation, DateTimeOffset now) =>
        Pauses.IsPausedAt(situation.Mentee, now) || Pauses.IsPausedAt(situation.Mentor, now) || Snoozes.IsSnoozedAt(situation.Pair.Id, situation.Snoozes, now);

    // A lead who is also in the programme has working hours from onboarding; others are looked up when needed.
    private static Dictionary<string, WorkingHours> KnownLeadHours(Programme programme, ProgrammeRoster roster)
    {
        var hours = new Dictionary<string, WorkingHours>(StringComparer.OrdinalIgnoreCase);
        foreach (var lead in programme.Leads)
        {
            if (roster.Person(programme.TenantId, lead)?.WorkingHours is { } known)
                hours[lead] = known;
        }

        return hours;
    }
}
