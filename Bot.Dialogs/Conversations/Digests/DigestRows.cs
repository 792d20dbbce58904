using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Conversations.Actions;
using MentorBot.Dialogs.Conversations.Nudges;
using MentorBot.Dialogs.Domain.Digests;
using MentorBot.Dialogs.Domain.Health;
using MentorBot.Dialogs.Domain.Nudges;

namespace MentorBot.Dialogs.Conversations.Digests;

/// <summary>
/// What the buttons of a digest's at-risk rows share: the pair is read as it is now (never from the card); a pair that
/// is gone, or no longer active, is refused with a message; and the card is rebuilt in place from fresh figures, with
/// what the press did at the top (the row's pair may have left the list, or show what was just tried).
/// </summary>
public sealed class DigestRows(PairSituations situations, DigestComposer composer, LeadProgrammes programmes, TimeProvider time)
{
    /// <summary>The pair to act on, or null once the lead has been told why nothing is done (and the card shows it).</summary>
    public async Task<NudgeSituation?> OpenAsync(CardPress<DigestPairPress> press, bool activeOnly, CancellationToken cancellationToken)
    {
        var (turn, programme) = (press.Turn, press.Grant.RequiredProgramme);
        var situation = await situations.LoadAsync(programme, press.Payload.PairId, turn, cancellationToken);
        var refusal = situation is null ? "EscalationPairGone" : activeOnly && !situation.Pair.IsActive ? "EscalationPairNotActive" : null;
        if (refusal is null)
            return situation;

        await turn.SayAsync(turn.Text[refusal], cancellationToken);
        await ShowAsync(press, turn.Text[refusal], cancellationToken);
        return null;
    }

    /// <summary>Replaces the pressed card with the pair's card at <paramref name="step"/>: its row as it is now, and the message box or the confirmation.</summary>
    public async Task ShowPairAsync(CardPress<DigestPairPress> press, DigestPairStep step, CancellationToken cancellationToken)
    {
        if (await OpenAsync(press, activeOnly: true, cancellationToken) is not { } situation)
            return;
        var now = time.GetUtcNow();
        var (programme, pair) = (situation.Programme, situation.Pair);
        var health = HealthRules.Of(programme, pair, situation.Mentee, situation.Mentor, situation.CheckIns, now)!;
        var quiet = (int)Math.Floor((now - NudgeAgain.QuietSince(situation, now)).TotalDays);
        var row = new AtRiskPair(pair, situation.Mentee, situation.Mentor, health, Math.Max(0, quiet), WhatWasTried.Of(pair, situation.Sent, situation.Snoozes, now));
        var zone = await programmes.TimeZoneOfAsync(press.Turn, programme, cancellationToken);
        press.Turn.ReplaceCard(DigestPairCard.Build(new DigestPairView(programme.Id, programme.Name, row, step, zone) { AtRiskOnly = press.Payload.AtRiskOnly }, press.Text));
    }

    /// <summary>Replaces the pressed card with the digest (or the at-risk card) as it is now, <paramref name="outcome"/> first.</summary>
    public async Task ShowAsync(CardPress<DigestPairPress> press, string? outcome, CancellationToken cancellationToken)
    {
        var programme = press.Grant.RequiredProgramme;
        var options = new DigestOptions(await programmes.TimeZoneOfAsync(press.Turn, programme, cancellationToken), press.Payload.AtRiskOnly, outcome);
        var (_, card) = await composer.ComposeAsync(programme, press.Text, time.GetUtcNow(), options, cancellationToken);
        press.Turn.ReplaceCard(card!);
    }
}
