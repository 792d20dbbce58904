using MentorBot.Dialogs.Domain;

namespace MentorBot.Dialogs.Conversations.Flows;

/// <summary>What a step made of the input: accepted (move on), or refused with the rules it broke.</summary>
public sealed record StepOutcome(IReadOnlyList<ValidationError> Errors)
{
    public static StepOutcome Accepted { get; } = new([]);

    public bool IsAccepted => Errors.Count == 0;

    public static StepOutcome Refused(params ValidationError[] errors) => new(errors);

    public static StepOutcome From(IEnumerable<ValidationError> errors) => new(errors.ToList());
}
