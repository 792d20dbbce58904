using MentorBot.Dialogs.Localization;
using Microsoft.Bot.Builder;

namespace MentorBot.Dialogs.Conversations.Flows;

/// <summary>
/// Resumes whichever flow the user's state names, starts new ones, and ends them. The flow state is a user
/// state property: the handler saves it once at the end of the turn, so a restart in between loses nothing.
/// </summary>
public sealed class FlowRunner(UserState userState, IEnumerable<IConversationFlow> flows, TimeProvider time)
{
    private readonly IStatePropertyAccessor<FlowState> _state = userState.CreateProperty<FlowState>("flow");

    public async Task<FlowState?> CurrentAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var state = await _state.GetAsync(turn, () => null!, cancellationToken);
        return state is { Flow.Length: > 0 } ? state : null;
    }

    /// <summary>Starts <paramref name="flow"/> at its first step, replacing any run in progress.</summary>
    public async Task StartAsync<TDraft>(ITurnContext turn, Flow<TDraft> flow, TDraft draft, string tenantId, string userObjectId, CancellationToken cancellationToken)
        where TDraft : class, new()
    {
        var now = time.GetUtcNow();
        var state = new FlowState { StartedAt = now, UpdatedAt = now };
        await flow.BeginAsync(new FlowTurn(turn, state, new Localizer(turn.Activity.Locale), tenantId, userObjectId), draft, cancellationToken);
        await _state.SetAsync(turn, state, cancellationToken);
    }

    /// <summary>Hands the input to the flow in progress. False when there is none (or it is not the flow's input).</summary>
    public async Task<bool> TryContinueAsync(ITurnContext turn, FlowInput input, string tenantId, string userObjectId, CancellationToken cancellationToken)
    {
        var state = await CurrentAsync(turn, cancellationToken);
        if (state is null || (input.IsCard && input.Field(Cards.CardData.VerbField) != FlowCards.FlowVerb))
            return false;

        var flow = Find(state.Flow);
        if (flow is null)
        {
            // A flow that no longer exists (renamed in a release): forget it rather than trap the user.
            await _state.DeleteAsync(turn, cancellationToken);
            return false;
        }

        var done = await flow.ContinueAsync(new FlowTurn(turn, state, new Localizer(turn.Activity.Locale), tenantId, userObjectId), input, cancellationToken);
        if (done)
        {
            await _state.DeleteAsync(turn, cancellationToken);
        }
        else
        {
            state.UpdatedAt = time.GetUtcNow();
            await _state.SetAsync(turn, state, cancellationToken);
        }

        return true;
    }

    public async Task<bool> RestartAsync(ITurnContext turn, string tenantId, string userObjectId, CancellationToken cancellationToken)
    {
        var state = await CurrentAsync(turn, cancellationToken);
        var flow = state is null ? null : Find(state.Flow);
        if (state is null || flow is null)
            return false;
        await flow.RestartAsync(new FlowTurn(turn, state, new Localizer(turn.Activity.Locale), tenantId, userObjectId), cancellationToken);
        state.UpdatedAt = time.GetUtcNow();
        await _state.SetAsync(turn, state, cancellationToken);
        return true;
    }

    public async Task<bool> RepromptAsync(ITurnContext turn, string tenantId, string userObjectId, CancellationToken cancellationToken)
    {
        var state = await CurrentAsync(turn, cancellationToken);
        var flow = state is null ? null : Find(state.Flow);
        if (state is null || flow is null)
            return false;
        await flow.RepromptAsync(new FlowTurn(turn, state, new Localizer(turn.Activity.Locale), tenantId, userObjectId), cancellationToken);
        return true;
    }

    /// <summary>Ends the run in progress; returns the name of the flow that was cancelled, if any.</summary>
    public async Task<string?> CancelAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var state = await CurrentAsync(turn, cancellationToken);
        await _state.DeleteAsync(turn, cancellationToken);
        return state?.Flow;
    }

    private IConversationFlow? Find(string name) => flows.FirstOrDefault(f => f.Name == name);
}
