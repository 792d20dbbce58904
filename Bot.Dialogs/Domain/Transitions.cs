namespace MentorBot.Dialogs.Domain;

/// <summary>Builds <see cref="Transition{T}"/> answers.</summary>
public static class Transitions
{
    public static Transition<T> To<T>(T changed)
        where T : class => new(changed ?? throw new ArgumentNullException(nameof(changed)), null);

    public static Transition<T> Refused<T>(Refusal refusal)
        where T : class => new(null, refusal);

    /// <summary><paramref name="change"/> applied when <paramref name="allowed"/>, else a <see cref="Refusal.WrongState"/> refusal.</summary>
    public static Transition<T> If<T>(bool allowed, Func<T> change)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(change);
        return allowed ? To(change()) : Refused<T>(Refusal.WrongState);
    }
}
