namespace MentorBot.Dialogs.Domain.Nudges;

/// <summary>
/// The verbs the nudge cards post. They live here, not as <c>…Verb</c> constants of the cards, until their actions are
/// registered: start-up refuses a card verb that no action handles (see CardVerbs). When each action is registered,
/// move its verb to its card as a <c>…Verb</c> constant.
/// </summary>
public static class NudgeVerbs
{
    /// <summary>A lead's "nudge again" on an escalation.</summary>
    public const string EscalationNudge = "escalationNudge";

    /// <summary>A lead's short message to both people of the pair, on an escalation.</summary>
    public const string EscalationMessage = "escalationMessage";

    /// <summary>A lead's "end and rematch" on an escalation (the verb the pair-ending action is to handle).</summary>
    public const string EndAndRematch = "pairEndRematch";
}
