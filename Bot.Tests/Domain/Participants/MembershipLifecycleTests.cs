using MentorBot.Dialogs.Domain;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;

namespace MentorBot.Tests.Domain.Participants;

/// <summary>Pause, resume and leave from every participant status, and closing a programme, against the product's tables.</summary>
public sealed class MembershipLifecycleTests
{
    private static readonly DateOnly Until = new(2027, 3, 1);

    [Theory]
    [InlineData(ParticipantStatus.Active, "pause", ParticipantStatus.Paused)]
    [InlineData(ParticipantStatus.Paused, "pause", ParticipantStatus.Paused)]
    [InlineData(ParticipantStatus.Left, "pause", null)]
    [InlineData(ParticipantStatus.Active, "resume", null)]
    [InlineData(ParticipantStatus.Paused, "resume", ParticipantStatus.Active)]
    [InlineData(ParticipantStatus.Left, "resume", null)]
    [InlineData(ParticipantStatus.Active, "leave", ParticipantStatus.Left)]
    [InlineData(ParticipantStatus.Paused, "leave", ParticipantStatus.Left)]
    [InlineData(ParticipantStatus.Left, "leave", null)]
    public void EachChange_AppliesOnlyFromTheStatusesItShould(ParticipantStatus from, string change, ParticipantStatus? to)
    {
        var participant = new Participant { TenantId = "t", UserObjectId = "u", ProgrammeId = "p", Role = Role.Mentee, Status = from, PausedUntil = from == ParticipantStatus.Paused ? Until.AddDays(-10) : null };

        var result = change switch
        {
            "pause" => participant.Pause(Until),
            "resume" => participant.Resume(),
            _ => participant.Leave(),
        };

        Assert.Equal(to, result.Changed?.Status);
        if (to is null)
            Assert.Equal(Refusal.WrongState, result.Refusal);
        else
            Assert.Equal(to == ParticipantStatus.Paused ? Until : null, result.Value.PausedUntil);
    }

    [Fact]
    public void AProgramme_ClosesOnce_AndRemembersWhen()
    {
        var programme = new Programme { Id = "p", Name = "Data", TenantId = "t", Leads = ["l"], StartDate = new(2027, 1, 1), EndDate = new(2027, 6, 1) };
        var at = new DateTimeOffset(2027, 4, 1, 10, 0, 0, TimeSpan.Zero);

        var closed = programme.Close(at);

        Assert.Equal((ProgrammeStatus.Closed, at), (closed.Value.Status, closed.Value.ClosedAt));
        Assert.Equal(Refusal.WrongState, closed.Value.Close(at.AddDays(1)).Refusal);
    }
}
