using MentorBot.Dialogs.Domain.Pairs;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Domain.Surveys;
using MentorBot.Tests.Domain.CheckIns;

namespace MentorBot.Tests.Domain.Surveys;

/// <summary>A programme from Monday 1 March to Tuesday 1 June 2027, a pair that started before it, and surveys for it.</summary>
internal static class SurveySample
{
    public static readonly DateTimeOffset BeforeStart = new(2027, 2, 25, 10, 0, 0, TimeSpan.Zero);

    public static Programme TheProgramme { get; } = Sample.Programme with { StartDate = new DateOnly(2027, 3, 1), EndDate = new DateOnly(2027, 6, 1) };

    public static Pair ThePair { get; } = Sample.Pair with { AcceptedAt = BeforeStart };

    public static Participant Paris { get; } = Sample.Person("mentee", Role.Mentee, "Europe/Paris");

    public static Participant NewYork { get; } = Sample.Person("mentor", Role.Mentor, "America/New_York");

    public static DateTimeOffset Utc(int month, int day, int hour, int minute = 0) => new(2027, month, day, hour, minute, 0, TimeSpan.Zero);

    public static Survey Sent(Participant person, SurveyKind kind, DateTimeOffset sentAt) => new()
    {
        ProgrammeId = TheProgramme.Id,
        PairId = ThePair.Id,
        TenantId = person.TenantId,
        UserObjectId = person.UserObjectId,
        Role = person.Role,
        Kind = kind,
        DueAt = sentAt,
        SentAt = sentAt,
    };
}
