using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Conversations.Scheduling;
using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Surveys;
using MentorBot.Dialogs.Stores;

namespace MentorBot.Dialogs.Conversations.Surveys;

/// <summary>
/// What the end survey's choices do once recorded (see <see cref="CycleDecision"/>): both Continue, and the pair
/// continues informally (no more check-ins or nudges) and both are told; either Close, and the pair ends as
/// <see cref="PairEnding.Completed"/> and both get a short summary and a thank-you; Continue alone waits for the
/// partner. Run after every answer and again on a repeated press, so a stop half-way is finished by the next press;
/// the pair changes through its lifecycle (once, however often) and each message has its idempotency key.
/// </summary>
public sealed class CycleEnd(SurveyStore surveys, PairStore pairs, ParticipantStore participants, CheckInStore checkIns, Notices notices, TimeProvider time)
{
    public const string ContinuingWhat = "pairContinuing";
    public const string CompletedWhat = "pairCompleted";

    public async Task AfterAnswerAsync(PairContext pair, Survey mine, CancellationToken cancellationToken)
    {
        if (mine.Kind != SurveyKind.End || mine.Answer?.Choice is not { } choice)
            return;
        var partners = await surveys.GetVersionedAsync(pair.Programme.Id, pair.Pair.Id, pair.OtherTenantId, pair.OtherId, SurveyKind.End, cancellationToken);
        switch (CycleDecision.Of(choice, partners?.Row.Answer?.Choice))
        {
            case CycleOutcome.Continue:
                await ContinueAsync(pair, cancellationToken);
                break;
            case CycleOutcome.Close:
                await CloseAsync(pair, cancellationToken);
                break;
        }
    }

    private async Task ContinueAsync(PairContext pair, CancellationToken cancellationToken)
    {
        var change = await pairs.ChangeAsync(pair.Programme.Id, pair.Pair.Id, p => p.ContinueInformally(time.GetUtcNow()), cancellationToken);
        if (change.Record is not { IsActive: true, ContinuingSince: not null } continuing)
            return;
        var (mentee, mentor) = await PeopleAsync(continuing, cancellationToken);
        await notices.SendAsync(continuing.MenteeTenantId, continuing.MenteeId, ContinuingWhat, continuing.Id, text => (null, Continuing(pair, mentor, text)), cancellationToken);
        await notices.SendAsync(continuing.MentorTenantId, continuing.MentorId, ContinuingWhat, continuing.Id, text => (null, Continuing(pair, mentee, text)), cancellationToken);
    }

    private async Task CloseAsync(PairContext pair, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var change = await pairs.ChangeAsync(pair.Programme.Id, pair.Pair.Id, p => p.End(now, PairEnding.Completed), cancellationToken);
        if (change.Record is not { Status: PairStatus.Ended, Ending: PairEnding.Completed } ended)
            return;
        var (mentee, mentor) = await PeopleAsync(ended, cancellationToken);
        var summary = RelationshipSummary.Of(ended, await checkIns.ForPairAsync(ended.ProgrammeId, ended.Id, cancellationToken), new[] { mentee, mentor }.OfType<Participant>(), now);
        await TellAsync(ended, mentee, mentor, CompletedWhat,
            (text, other) => text.Format("SurveyClosedSummary", other, Markdown.Literal(pair.Programme.Name), summary.MeetingsHeld, summary.GoalsAchieved), cancellationToken);
    }

    private async Task<(Participant? Mentee, Participant? Mentor)> PeopleAsync(Pair pair, CancellationToken cancellationToken) =>
        (await participants.GetAsync(pair.ProgrammeId, pair.MenteeTenantId, pair.MenteeId, cancellationToken),
         await participants.GetAsync(pair.ProgrammeId, pair.MentorTenantId, pair.MentorId, cancellationToken));

    // Each in their own language, naming the other; one key per pair and person, so each is told once.
    private async Task TellAsync(Pair pair, Participant? mentee, Participant? mentor, string what, Func<Localization.Localizer, string, string> compose, CancellationToken cancellationToken)
    {
        await notices.SendAsync(pair.MenteeTenantId, pair.MenteeId, what, pair.Id, text => (compose(text, Name(mentor, text)), null), cancellationToken);
        await notices.SendAsync(pair.MentorTenantId, pair.MentorId, what, pair.Id, text => (compose(text, Name(mentee, text)), null), cancellationToken);
    }

    private static System.Text.Json.Nodes.JsonObject Continuing(PairContext pair, Participant? partner, Localization.Localizer text) =>
        ContinuingCard.Build(new ContinuingView(pair.Programme.Id, pair.Pair.Id, pair.Programme.Name, partner is null ? text["PersonUnnamed"] : PersonFacts.NameOf(partner, text), ContinuingState.Continuing), text);

    private static string Name(Participant? person, Localization.Localizer text) => person is null ? text["PersonUnnamed"] : PersonFacts.LiteralName(person, text);
}
