namespace MentorBot.Dialogs.Domain.Surveys;

/// <summary>
/// The rule for the end of the cycle: continuing is a mutual choice, closing is not. So Continue and Continue continue,
/// any Close closes (whoever answered first), and Continue with no answer yet waits for the partner.
/// </summary>
public static class CycleDecision
{
    public static CycleOutcome Of(CycleChoice? mine, CycleChoice? partners) => (mine, partners) switch
    {
        (CycleChoice.Close, _) or (_, CycleChoice.Close) => CycleOutcome.Close,
        (CycleChoice.Continue, CycleChoice.Continue) => CycleOutcome.Continue,
        _ => CycleOutcome.Wait,
    };
}
