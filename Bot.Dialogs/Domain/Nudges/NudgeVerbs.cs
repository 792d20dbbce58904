namespace MentorBot.Dialogs.Domain.Nudges;

/// <summary>
/// The verbs the nudge cards post. They live here, not as <c>…Verb</c> constants of the cards, until their actions are
/// registered: start-up refuses a card verb that no action handles (see CardVerbs). When each action is registered,
/// move its verb to its card as a <c>…Verb</c> constant.
/// </summary>
public static class NudgeVerbs
{
    /// <summary>Snooze a week, on a no-meeting nudge; Action.Execute, so the card shows it snoozed in place.</summary>
    public const string Snooze = "nudgeSnooze";

    /// <summary>Someone's answer to "stay, pause or leave?".</summary>
    public const string StayPauseLeave = "stayPauseLeave";
}
