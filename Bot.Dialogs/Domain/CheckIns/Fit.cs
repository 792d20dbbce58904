namespace MentorBot.Dialogs.Domain.CheckIns;

/// <summary>Whether the pairing fits, asked on the first check-in and again while the person is still deciding.</summary>
public enum Fit
{
    GoodFit,
    StillDeciding,
    NotAGoodFit,
}
