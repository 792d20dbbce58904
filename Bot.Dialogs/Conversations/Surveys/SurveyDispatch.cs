using MentorBot.Dialogs.Conversations.Programmes;
using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Domain.Surveys;
using MentorBot.Dialogs.Stores;

namespace MentorBot.Dialogs.Conversations.Surveys;

/// <summary>
/// Sends every feedback survey and survey reminder that is due now, programme by programme. For each person of each
/// followed pair the domain (<see cref="SurveySchedule"/>) says which survey is next and when; one that is due is
/// recorded first (insert-only, so a second run or a second server records nothing) and then handed to the messenger
/// under its idempotency key; one recorded by a run that stopped before sending is sent by the next run. A closed
/// programme's pairs that had no end survey get it during the <see cref="ClosingWindow"/>; once it is over, this run
/// ends them (as closing ends the others at once). Safe to run twice at once.
/// </summary>
public sealed class SurveyDispatch(ProgrammeStore programmes, ParticipantStore participants, PairStore pairs, SurveyStore surveys, SurveyDelivery delivery, ProgrammeClosing closing, TimeProvider time)
{
    // How long after its window a closed programme is still read, so that an ending a stop cut short is finished;
    // after that its pairs are no longer read every run.
    private static readonly TimeSpan FinishingTime = TimeSpan.FromDays(30);

    /// <returns>How many surveys and reminders this run handed to the messenger.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var handed = 0;
        await foreach (var programme in programmes.ListAsync(cancellationToken))
        {
            var now = time.GetUtcNow();
            if (programme.IsOpen || ClosingWindow.Includes(programme, now))
                handed += await DispatchProgrammeAsync(programme, cancellationToken);
            else if (ClosingWindow.EndsAt(programme) is { } ends && now < ends + FinishingTime &&
                     (await pairs.InProgrammeAsync(programme.Id, cancellationToken)).Any(p => p.IsLive))
                await closing.StopPairsAsync(programme, cancellationToken);
        }

        return handed;
    }

    private async Task<int> DispatchProgrammeAsync(Programme programme, CancellationToken cancellationToken)
    {
        var followed = (await pairs.InProgrammeAsync(programme.Id, cancellationToken)).Where(p => p.IsFollowed).ToList();
        if (followed.Count == 0)
            return 0;
        var people = (await participants.InProgrammeAsync(programme.Id, cancellationToken)).ToDictionary(p => Key(p.TenantId, p.UserObjectId), StringComparer.OrdinalIgnoreCase);
        var sent = (await surveys.InProgrammeAsync(programme.Id, cancellationToken)).ToLookup(s => Key(s.PairId, s.TenantId, s.UserObjectId), StringComparer.OrdinalIgnoreCase);
        var handed = 0;
        foreach (var pair in followed)
        {
            if (people.GetValueOrDefault(Key(pair.MenteeTenantId, pair.MenteeId)) is not { } mentee || people.GetValueOrDefault(Key(pair.MentorTenantId, pair.MentorId)) is not { } mentor)
                continue;
            handed += await DispatchAsync(programme, pair, mentee, mentor, [.. sent[Key(pair.Id, mentee.TenantId, mentee.UserObjectId)]], cancellationToken);
            handed += await DispatchAsync(programme, pair, mentor, mentee, [.. sent[Key(pair.Id, mentor.TenantId, mentor.UserObjectId)]], cancellationToken);
        }

        return handed;
    }

    private async Task<int> DispatchAsync(Programme programme, Pair pair, Participant person, Participant partner, IReadOnlyList<Survey> earlier, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var handed = 0;

        // Recorded by a run that stopped before sending: sent now, unless a pause started since or someone left.
        foreach (var unsent in earlier.Where(s => s.AwaitsSending))
        {
            if (!Pauses.IsPausedAt(person, now) && !Pauses.IsPausedAt(partner, now) && person.Status != ParticipantStatus.Left && partner.Status != ParticipantStatus.Left)
            {
                await delivery.SendAsync(programme, unsent, person, partner, cancellationToken);
                handed++;
            }
        }

        foreach (var survey in earlier)
        {
            if (SurveySchedule.ReminderAt(programme, pair, person, partner, survey, now) is { } at && at <= now)
            {
                await delivery.RemindAsync(programme, survey, person, partner, cancellationToken);
                handed++;
            }
        }

        if (SurveySchedule.Next(programme, pair, person, partner, earlier, now) is not { } due || !due.IsDue(now))
            return handed;

        var recorded = new Survey
        {
            ProgrammeId = programme.Id,
            PairId = pair.Id,
            TenantId = person.TenantId,
            UserObjectId = person.UserObjectId,
            Role = person.Role,
            Kind = due.Kind,
            DueAt = due.At,
            SentAt = now,
            AwaitsSending = true,
            Baseline = person.Baseline,
        };

        // Another run recorded it first: that run sends it, or the next one does if it stopped.
        if (!await surveys.TryCreateAsync(recorded, cancellationToken))
            return handed;
        await delivery.SendAsync(programme, recorded, person, partner, cancellationToken);
        return handed + 1;
    }

    private static string Key(params string[] parts) => string.Join('|', parts);
}
