using MentorBot.Dialogs.Domain.Nudges;

namespace MentorBot.Dialogs.Conversations.Nudges;

/// <summary>What a lead's press on an escalation card acts on: the pair as read now, and the lead's own escalation about it.</summary>
public sealed record EscalationPress(PairSituation Pair, Nudge Escalation);
