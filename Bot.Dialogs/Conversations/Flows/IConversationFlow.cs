namespace MentorBot.Dialogs.Conversations.Flows;

/// <summary>The untyped face of a flow, so the runner can resume whichever flow a user's state names.</summary>
public interface IConversationFlow
{
    string Name { get; }

    /// <summary>Applies one input to the current step; returns true when the flow finished.</summary>
    Task<bool> ContinueAsync(FlowTurn turn, FlowInput input, CancellationToken cancellationToken);

    /// <summary>Starts the run in progress over from its first step, keeping what the run was started with.</summary>
    Task RestartAsync(FlowTurn turn, CancellationToken cancellationToken);

    /// <summary>Asks the current step again (after help, or a stale card).</summary>
    Task RepromptAsync(FlowTurn turn, CancellationToken cancellationToken);
}
