using MentorBot.Dialogs.Domain.Pairs;

namespace MentorBot.Tests.Infrastructure;

/// <summary>A pair as matching would have left it in a given state, for tests that seed a world directly.</summary>
public static class SeededPairs
{
    public static Pair In(string programmeId, (string Tenant, string Id) mentee, (string Tenant, string Id) mentor, PairStatus status, DateTimeOffset now) => new()
    {
        Id = Pair.IdFor(mentee.Id, mentor.Id),
        ProgrammeId = programmeId,
        MenteeTenantId = mentee.Tenant,
        MenteeId = mentee.Id,
        MentorTenantId = mentor.Tenant,
        MentorId = mentor.Id,
        Status = status,
        ScorePercent = 80,
        ProposedAt = now,
        OfferedAt = status == PairStatus.Proposed ? null : now,
        AnswerBy = status == PairStatus.Offered ? now.AddDays(3) : null,
        AcceptedAt = status == PairStatus.Active ? now : null,
    };
}
