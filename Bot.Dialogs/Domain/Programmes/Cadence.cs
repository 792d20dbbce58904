namespace MentorBot.Dialogs.Domain.Programmes;

/// <summary>How often a pair is expected to meet (and so how often check-ins follow).</summary>
public enum Cadence
{
    Weekly,
    Fortnightly,
    Monthly,
}

public static class CadenceExtensions
{
    public static int Days(this Cadence cadence) => cadence switch
    {
        Cadence.Weekly => 7,
        Cadence.Fortnightly => 14,
        _ => 30,
    };
}
