using System.Text.Json.Nodes;
using MentorBot.Dialogs.Abstractions.Messaging;
using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Domain.CheckIns;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Domain.Surveys;
using MentorBot.Dialogs.Localization;
using MentorBot.Dialogs.Stores;

namespace MentorBot.Dialogs.Conversations.Surveys;

/// <summary>
/// Hands one recorded survey's card to the messenger, in the person's language, under the key ("survey", pair |
/// person, period), then clears its <see cref="Survey.AwaitsSending"/> mark; its one reminder goes under
/// ("surveyreminder", pair | person, period) and is then recorded in <see cref="Survey.RemindedAt"/>. The messenger
/// keeps what it cannot deliver now in its outbox and never delivers a key twice, so sending again after a stop is safe.
/// </summary>
public sealed class SurveyDelivery(Notices notices, SurveyStore surveys, TimeProvider time)
{
    public const string MessageKind = "survey";
    public const string ReminderKind = "surveyreminder";

    public static IdempotencyKey KeyOf(Survey survey) => IdempotencyKey.For(MessageKind, RecipientOf(survey), survey.Period);

    public static IdempotencyKey ReminderKeyOf(Survey survey) => IdempotencyKey.For(ReminderKind, RecipientOf(survey), survey.Period);

    public async Task SendAsync(Programme programme, Survey survey, Participant? person, Participant partner, CancellationToken cancellationToken)
    {
        await notices.SendAsync(survey.TenantId, survey.UserObjectId, KeyOf(survey), text => Card(programme, survey, person, partner, text, reminder: false), cancellationToken);
        var stored = await surveys.GetVersionedAsync(survey.ProgrammeId, survey.PairId, survey.TenantId, survey.UserObjectId, survey.Kind, cancellationToken);

        // Against the version read: an answer saved in between wins and keeps the mark, so a later run sends once more
        // under the same key (the messenger answers AlreadySent) and clears it then.
        if (stored is { Row.AwaitsSending: true } found)
            await surveys.TrySaveAsync(found.Row with { AwaitsSending = false }, found.Version, cancellationToken);
    }

    /// <summary>
    /// Sent first, recorded after: a stop in between sends it again next run under the same key, which the messenger
    /// delivers once. Recorded against the version read, so an answer that came meanwhile is kept.
    /// </summary>
    public async Task RemindAsync(Programme programme, Survey survey, Participant? person, Participant partner, CancellationToken cancellationToken)
    {
        await notices.SendAsync(survey.TenantId, survey.UserObjectId, ReminderKeyOf(survey), text => Card(programme, survey, person, partner, text, reminder: true), cancellationToken);
        var stored = await surveys.GetVersionedAsync(survey.ProgrammeId, survey.PairId, survey.TenantId, survey.UserObjectId, survey.Kind, cancellationToken);
        if (stored is { Row.RemindedAt: null } found)
            await surveys.TrySaveAsync(found.Row with { RemindedAt = time.GetUtcNow() }, found.Version, cancellationToken);
    }

    private static Task<(string?, JsonObject?)> Card(Programme programme, Survey survey, Participant? person, Participant partner, Localizer text, bool reminder)
    {
        var partnerName = partner.DisplayName is { Length: > 0 } name ? name : text["PersonUnnamed"];
        var view = new SurveyView(survey, programme.Name, partnerName, person?.WorkingHours?.TimeZone ?? "UTC") { IsReminder = reminder };
        return Task.FromResult<(string?, JsonObject?)>((null, SurveyCard.Build(view, text)));
    }

    private static string RecipientOf(Survey survey) => CheckInPeriod.Recipient(survey.PairId, survey.TenantId, survey.UserObjectId);
}
