namespace MentorBot.Dialogs.Domain;

/// <summary>
/// What a lifecycle method answers: the record in its new state, or why it refused (the record is unchanged then).
/// Every lifecycle method of the domain answers this way rather than throwing, because a refusal is an ordinary
/// outcome (a second press, a deadline racing an answer) that callers turn into a message.
/// </summary>
public readonly record struct Transition<T>(T? Changed, Refusal? Refusal)
    where T : class
{
    public bool IsDone => Changed is not null;

    /// <summary>The changed record, for a caller that checked <see cref="IsDone"/> (or knows the change applies).</summary>
    public T Value => Changed ?? throw new InvalidOperationException($"The {typeof(T).Name} refused the change ({Refusal}).");
}
