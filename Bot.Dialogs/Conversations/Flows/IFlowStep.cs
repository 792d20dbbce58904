using System.Text.Json.Nodes;
using MentorBot.Dialogs.Localization;

namespace MentorBot.Dialogs.Conversations.Flows;

/// <summary>
/// One step of a flow: the card that asks, and the check that applies the answer to the draft. A step
/// validates its own input; a refused answer leaves the draft as it was (the engine discards the copy).
/// </summary>
public interface IFlowStep<in TDraft>
{
    string Name { get; }

    /// <summary>Whether typed text can answer this step (besides the card).</summary>
    bool AcceptsText { get; }

    JsonObject Prompt(TDraft draft, Localizer text);

    StepOutcome Accept(TDraft draft, FlowInput input);
}
