namespace MentorBot.Jobs;

/// <summary>The offer a deadline job's token stands for.</summary>
public sealed record OfferDeadline(string ProgrammeId, string PairId)
{
    // A pair id is "menteeObjectId~mentorObjectId".
    public bool Involves(string userObjectId) =>
        PairId.Split('~').Contains(userObjectId, StringComparer.OrdinalIgnoreCase);
}
