using System.Text.Json.Nodes;
using MentorBot.Dialogs.Domain;
using Microsoft.Bot.Builder;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace MentorBot.Dialogs.Conversations.Flows;

/// <summary>
/// A multi-step conversation as a small state machine: named steps, which of them apply, and what to do with
/// the finished draft. A flow holds no state of its own: the draft and the current step live in
/// <see cref="FlowState"/>, which the handler saves once per turn. A refused answer is checked on a copy
/// of the draft, so stored state is untouched.
/// </summary>
public abstract class Flow<TDraft> : IConversationFlow
    where TDraft : class, new()
{
    public abstract string Name { get; }

    public abstract IReadOnlyList<IFlowStep<TDraft>> Steps { get; }

    /// <summary>Starts a run at the first step that applies to <paramref name="draft"/>.</summary>
    public async Task BeginAsync(FlowTurn turn, TDraft draft, CancellationToken cancellationToken)
    {
        var state = turn.State;
        state.Flow = Name;
        state.Instance = Guid.NewGuid().ToString("N");
        state.Draft = JObject.FromObject(draft, DraftSerializer);
        state.Step = NextStep(draft, current: null) ?? throw new InvalidOperationException($"Flow {Name} has no step for this draft.");
        await PromptAsync(turn, draft, cancellationToken);
    }

    public async Task<bool> ContinueAsync(FlowTurn turn, FlowInput input, CancellationToken cancellationToken)
    {
        var state = turn.State;
        var step = Step(state.Step);
        if (input.IsCard && !IsCurrent(input, state))
        {
            await turn.Context.SendActivityAsync(turn.Text["FlowStaleCard"], cancellationToken: cancellationToken);
            await RepromptAsync(turn, cancellationToken);
            return false;
        }

        if (!input.IsCard && !step.AcceptsText)
        {
            await turn.Context.SendActivityAsync(turn.Text["FlowUseTheCard"], cancellationToken: cancellationToken);
            return false;
        }

        var draft = Draft(state);
        var outcome = step.Accept(draft, input);
        if (!outcome.IsAccepted)
        {
            // The user fixes the card they have (Teams keeps its values) or types again; no new card.
            await turn.Context.SendActivityAsync(Describe(turn, outcome.Errors), cancellationToken: cancellationToken);
            return false;
        }

        state.Draft = JObject.FromObject(draft, DraftSerializer);
        var next = NextStep(draft, state.Step);
        if (next is null)
            return await CompleteAsync(turn, draft, cancellationToken);

        state.Step = next;
        await PromptAsync(turn, draft, cancellationToken);
        return false;
    }

    public Task RestartAsync(FlowTurn turn, CancellationToken cancellationToken) =>
        BeginAsync(turn, Reset(Draft(turn.State)), cancellationToken);

    public Task RepromptAsync(FlowTurn turn, CancellationToken cancellationToken) => PromptAsync(turn, Draft(turn.State), cancellationToken);

    /// <summary>
    /// The finished draft: store it and tell the user. True ends the run (the runner clears its state);
    /// false keeps the user on the last step, for instance when a final check refused the whole.
    /// </summary>
    protected abstract Task<bool> CompleteAsync(FlowTurn turn, TDraft draft, CancellationToken cancellationToken);

    /// <summary>The draft a restart begins from: by default empty; flows keep what the run was started with.</summary>
    protected virtual TDraft Reset(TDraft draft) => new();

    /// <summary>Whether a step is asked for this draft (a mentee is not asked for mentor capacity).</summary>
    protected virtual bool Applies(IFlowStep<TDraft> step, TDraft draft) => true;

    protected static string Describe(FlowTurn turn, IEnumerable<ValidationError> errors) =>
        string.Join("\n\n", errors.Select(e => turn.Text.Format(e.MessageKey, e.Arguments)).Distinct());

    private string? NextStep(TDraft draft, string? current)
    {
        var start = current is null ? 0 : Steps.ToList().FindIndex(s => s.Name == current) + 1;
        for (var i = start; i < Steps.Count; i++)
        {
            if (Applies(Steps[i], draft))
                return Steps[i].Name;
        }

        return null;
    }

    private IFlowStep<TDraft> Step(string name) =>
        Steps.FirstOrDefault(s => s.Name == name) ?? throw new InvalidOperationException($"Flow {Name} has no step {name}.");

    private static bool IsCurrent(FlowInput input, FlowState state) =>
        input.Field(FlowCards.InstanceField) == state.Instance && input.Field(FlowCards.StepField) == state.Step;

    // Replace, not Newtonsoft's default Reuse: a draft list initialised with defaults (the working week) would
    // otherwise have the saved answers appended to it on every read.
    private static readonly JsonSerializer DraftSerializer = JsonSerializer.Create(new JsonSerializerSettings { ObjectCreationHandling = ObjectCreationHandling.Replace });

    private static TDraft Draft(FlowState state) => state.Draft.ToObject<TDraft>(DraftSerializer) ?? new TDraft();

    private async Task PromptAsync(FlowTurn turn, TDraft draft, CancellationToken cancellationToken)
    {
        JsonObject card = FlowCards.Stamp(Step(turn.State.Step).Prompt(draft, turn.Text), turn.State);
        await turn.Context.SendActivityAsync(CardAttachment.Message(card), cancellationToken);
    }
}
