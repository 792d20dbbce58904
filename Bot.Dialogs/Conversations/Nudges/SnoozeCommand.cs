using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Conversations.Scheduling;
using MentorBot.Dialogs.Domain.Nudges;

namespace MentorBot.Dialogs.Conversations.Nudges;

/// <summary>
/// `snooze 3d` / `reporter 3j` (a week when no length is given): the nudges of every active pair the person is in wait
/// that long. A mentor with several mentees snoozes them all, and the answer names each pair with until when, on the
/// person's own calendar. A pair already snoozed for longer keeps its snooze (and the answer says so).
/// </summary>
public sealed class SnoozeCommand(PairAccess access, PairPeople people, PairSnoozes snoozes, NudgeViews views, TimeProvider time) : ICommandHandler
{
    public BotCommand Command => BotCommands.Snooze;

    public async Task HandleAsync(ChatTurn turn, string argument, CancellationToken cancellationToken)
    {
        var (days, error) = SnoozeLength.Parse(argument);
        if (error is not null)
        {
            await turn.SayAsync(turn.Text.Format(error.MessageKey, error.Arguments), cancellationToken);
            return;
        }

        var pairs = await access.ActiveForAsync(turn, cancellationToken);
        if (pairs.Count == 0)
        {
            await turn.SayAsync(turn.Text["SnoozeNoActivePair"], cancellationToken);
            return;
        }

        var now = time.GetUtcNow();
        var lines = new List<string>();
        foreach (var pair in pairs)
        {
            var outcome = await snoozes.SnoozeAsync(pair.Programme.Id, pair.Pair.Id, turn.TenantId, turn.UserObjectId, days, now, cancellationToken);
            var partner = Markdown.Literal(await people.NameOfOtherAsync(pair, turn.Text, cancellationToken));
            var zone = await views.TimeZoneOfAsync(pair.Programme.Id, turn.TenantId, turn.UserObjectId, cancellationToken);
            lines.Add(turn.Text.Format(outcome.Added ? "NudgeSnoozedUntil" : "NudgeAlreadySnoozed", partner, CardDates.Day(outcome.Until, zone, turn.Text)));
        }

        await turn.SayAsync(string.Join("\n\n", lines), cancellationToken);
    }
}
