using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Domain.Nudges;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Stores;

namespace MentorBot.Dialogs.Conversations.Nudges;

/// <summary>
/// What the buttons of a lead's card about a pair (an escalation, or the faded card) share: the card a press answers is
/// this lead's latest one of its kind about the pair (the card carries only the pair; what was sent is read from the store); a press on one already
/// answered, or about a pair that is gone or no longer active, does nothing and says so; the lead's response is
/// recorded on their escalation (first response stands); and the card is rebuilt in place, without its buttons.
/// </summary>
public sealed class Escalations(PairSituations situations, NudgeStore nudges)
{
    /// <summary>How often a response is saved again after someone else saved the escalation in between (the dispatcher clearing its mark).</summary>
    private const int SaveAttempts = 5;

    /// <summary>
    /// The pair and this lead's escalation to act on, or null once the lead has been told why nothing is done (and
    /// the card shows it). With <paramref name="activeOnly"/> false, a pair that is no longer active is still returned
    /// (End and rematch says itself what became of it).
    /// </summary>
    public async Task<EscalationPress?> OpenAsync(ChatTurn turn, Programme programme, string pairId, DateTimeOffset now, bool activeOnly, CancellationToken cancellationToken, NudgeKind kind = NudgeKind.Escalation)
    {
        if (await situations.LoadAsync(programme, pairId, turn, cancellationToken) is not { } situation)
        {
            await turn.SayAsync(turn.Text["EscalationPairGone"], cancellationToken);
            return null;
        }

        var pair = situation.Pair;
        var escalation = situation.Sent.Where(n => n.Kind == kind && n.IsFor(turn.TenantId, turn.UserObjectId)).MaxBy(n => n.SentAt);
        if (escalation is null)
        {
            await turn.SayAsync(turn.Text["EscalationNotForYou"], cancellationToken);
            return null;
        }

        var found = new EscalationPress(new PairSituation(situation), escalation);
        if (escalation is { Response: { } response, RespondedAt: { } at })
        {
            var day = CardDates.Day(at, found.Pair.TimeZoneOf(escalation), turn.Text);
            await turn.SayAsync(turn.Text.Format("EscalationAlreadyDone", turn.Text.Of(response), day), cancellationToken);
            Show(turn, found, escalation, null, now);
            return null;
        }

        if (activeOnly && !pair.IsActive)
        {
            await turn.SayAsync(turn.Text["EscalationPairNotActive"], cancellationToken);
            Show(turn, found, escalation, turn.Text["EscalationPairNotActive"], now);
            return null;
        }

        return found;
    }

    /// <summary>Records the lead's response on their escalation; returns it as stored (an earlier response stands).</summary>
    public async Task<Nudge> RespondAsync(Nudge escalation, NudgeResponse response, DateTimeOffset at, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var stored = await nudges.GetVersionedAsync(escalation.ProgrammeId, escalation.PairId, escalation.Kind, escalation.TenantId, escalation.UserObjectId, escalation.Period, cancellationToken);
            if (stored is not { } found)
                return escalation;
            var answered = found.Nudge.Respond(response, at);
            if (!answered.IsDone || await nudges.TrySaveAsync(answered.Value, found.Version, cancellationToken))
                return answered.Changed ?? found.Nudge;
            if (attempt == SaveAttempts)
                throw new InvalidOperationException($"The escalation {escalation.IdempotencyKey} kept changing while its response was saved.");
        }
    }

    /// <summary>Replaces the pressed card with the escalation (or faded card) as it is now: what was done (if answered) and <paramref name="outcome"/>, no buttons.</summary>
    public static void Show(ChatTurn turn, EscalationPress found, Nudge escalation, string? outcome, DateTimeOffset now)
    {
        var (situation, text) = (found.Pair.Situation, turn.Text);
        var tried = WhatWasTried.Of(situation.Pair, situation.Sent.Where(n => n.IdempotencyKey != escalation.IdempotencyKey), situation.Snoozes, now);
        var done = escalation is { Response: { } answer, RespondedAt: { } answeredAt } ? (answer, answeredAt) : ((NudgeResponse, DateTimeOffset)?)null;
        if (escalation.Kind == NudgeKind.FadedToLeads)
        {
            var faded = new FadedLeadView(
                situation.Programme.Id, situation.Pair.Id, situation.Programme.Name, PairSituation.NameOf(situation.Mentee, text), PairSituation.NameOf(situation.Mentor, text), QuietDays(escalation), tried, found.Pair.TimeZoneOf(escalation))
            {
                Done = done,
                Outcome = outcome,
            };
            turn.ReplaceCard(FadedLeadCard.Build(faded, text));
            return;
        }

        var view = new EscalationView(
            situation.Programme.Id, situation.Pair.Id, situation.Programme.Name, PairSituation.NameOf(situation.Mentee, text), PairSituation.NameOf(situation.Mentor, text), escalation.Reasons, tried, found.Pair.TimeZoneOf(escalation))
        {
            Done = done,
            Outcome = outcome,
        };
        turn.ReplaceCard(EscalationCard.Build(view, text));
    }

    /// <summary>How many days the pair had been quiet when a faded question or card was sent.</summary>
    public static int QuietDays(Nudge card) => card.QuietSince is { } quiet ? (int)(card.SentAt - quiet).TotalDays : 0;
}
