using Newtonsoft.Json.Linq;

namespace MentorBot.Dialogs.Conversations.Flows;

/// <summary>
/// Where a user is in a multi-step conversation, saved in user state once per turn so that someone who
/// stops halfway continues the next day, across restarts. <see cref="Instance"/> and <see cref="Step"/>
/// are stamped on every card the flow sends, so a submission from an earlier step or an abandoned run is
/// recognised as stale instead of being applied.
/// </summary>
public sealed class FlowState
{
    public string Flow { get; set; } = string.Empty;

    public string Instance { get; set; } = string.Empty;

    public string Step { get; set; } = string.Empty;

    /// <summary>The answers so far, as the flow's draft type serialised.</summary>
    public JObject Draft { get; set; } = [];

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
