namespace MentorBot.Dialogs.Domain.Programmes;

public enum MatchingMode
{
    /// <summary>The lead approves proposed pairs.</summary>
    LeadApproves,

    /// <summary>The mentee picks among the best few mentors.</summary>
    MenteeChooses,

    /// <summary>Pairs are proposed to mentors directly.</summary>
    Automatic,
}
