using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MentorBot.Dialogs.Domain;
using MentorBot.Dialogs.Domain.Pairs;

namespace MentorBot.Tests.Domain.Pairs;

/// <summary>
/// The pair's lifecycle: every change from every status, against the table written out here as the product means it,
/// and random runs of changes from a fresh proposal, which must keep the pair's dates and status consistent.
/// </summary>
public sealed class PairLifecycleTests
{
    private static readonly DateTimeOffset Proposed = new(2027, 1, 4, 9, 0, 0, TimeSpan.Zero);

    // The product's table, written independently of the code: (from, change) → to; every other pair of them is refused.
    private static readonly Dictionary<(PairStatus, PairChange), PairStatus> Allowed = new()
    {
        [(PairStatus.Proposed, PairChange.Offer)] = PairStatus.Offered,
        [(PairStatus.Proposed, PairChange.Reject)] = PairStatus.Rejected,
        [(PairStatus.Proposed, PairChange.Withdraw)] = PairStatus.Withdrawn,
        [(PairStatus.Offered, PairChange.Accept)] = PairStatus.Active,
        [(PairStatus.Offered, PairChange.Decline)] = PairStatus.Declined,
        [(PairStatus.Offered, PairChange.Expire)] = PairStatus.Expired,
        [(PairStatus.Offered, PairChange.Withdraw)] = PairStatus.Withdrawn,
        [(PairStatus.Active, PairChange.End)] = PairStatus.Ended,
    };

    public static TheoryData<PairStatus, PairChange> EveryStatusAndChange()
    {
        var data = new TheoryData<PairStatus, PairChange>();
        foreach (var status in Enum.GetValues<PairStatus>())
        {
            foreach (var change in Enum.GetValues<PairChange>())
                data.Add(status, change);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryStatusAndChange))]
    public void EachChange_AppliesExactlyWhereTheTableSays_AndLeadsWhereItSays(PairStatus from, PairChange change)
    {
        var pair = PairIn(from);

        var result = Apply(pair, change, Proposed.AddHours(1));

        if (Allowed.TryGetValue((from, change), out var to))
        {
            Assert.True(result.IsDone);
            Assert.Equal(to, result.Value.Status);
            Assert.Equal(to, PairLifecycle.Target(from, change));
        }
        else
        {
            Assert.Equal(Refusal.WrongState, result.Refusal);
            Assert.Null(PairLifecycle.Target(from, change));
        }

        Assert.Equal(from, pair.Status);
    }

    [Fact]
    public void Accept_AfterTheDeadline_IsRefusedAsLate_AndTheOfferCanStillExpire()
    {
        var offered = PairIn(PairStatus.Offered);

        Assert.Equal(Refusal.DeadlinePassed, offered.Accept(offered.AnswerBy!.Value.AddSeconds(1)).Refusal);
        Assert.Equal(PairStatus.Active, offered.Accept(offered.AnswerBy!.Value).Value.Status);
        Assert.Equal(PairStatus.Expired, offered.Expire(offered.AnswerBy!.Value.AddSeconds(1)).Value.Status);
    }

    [Fact]
    public void Stop_EndsAnActivePair_AndWithdrawsAPendingOne_SayingWhy()
    {
        var now = Proposed.AddDays(9);

        var ended = PairIn(PairStatus.Active).Stop(now, PairEnding.MentorLeft).Value;
        var withdrawn = PairIn(PairStatus.Offered).Stop(now, PairEnding.ProgrammeClosed).Value;

        Assert.Equal((PairStatus.Ended, PairEnding.MentorLeft, now), (ended.Status, ended.Ending!.Value, ended.ClosedAt!.Value));
        Assert.Equal((PairStatus.Withdrawn, PairEnding.ProgrammeClosed, now), (withdrawn.Status, withdrawn.Ending!.Value, withdrawn.ClosedAt!.Value));
        Assert.Equal(Refusal.WrongState, PairIn(PairStatus.Declined).Stop(now, PairEnding.MenteeLeft).Refusal);
    }

    [Property(MaxTest = 500)]
    public Property AnyRunOfChanges_KeepsThePairConsistent() => Prop.ForAll(
        Arb.From(Gen.ArrayOf(Gen.Elements(Enum.GetValues<PairChange>()))),
        changes =>
        {
            var pair = PairIn(PairStatus.Proposed);
            var wasClosed = false;
            var at = Proposed;
            foreach (var change in changes)
            {
                at = at.AddHours(1);
                var result = Apply(pair, change, at);

                // Closed is final: nothing applies once the pair is declined, expired, rejected, ended or withdrawn.
                if (wasClosed && result.IsDone)
                    return false;
                if (result.IsDone)
                    pair = result.Value;
                wasClosed = !pair.IsLive;
            }

            return pair.IsLive == (pair.ClosedAt is null)
                && (pair.Status == PairStatus.Active) == (pair.AcceptedAt is not null && pair.ClosedAt is null)
                && (pair.OfferedAt is null) == (pair.AnswerBy is null)
                && (pair.Ending is not null) == (pair.Status is PairStatus.Ended or PairStatus.Withdrawn)
                && (pair.AcceptedAt is null || pair.OfferedAt is not null);
        });

    private static Transition<Pair> Apply(Pair pair, PairChange change, DateTimeOffset now) => change switch
    {
        PairChange.Offer => pair.Offer(now, 3),
        PairChange.Accept => pair.Accept(now),
        PairChange.Decline => pair.Decline(now, " busy "),
        PairChange.Expire => pair.Expire(now),
        PairChange.Reject => pair.Reject(now),
        PairChange.End => pair.End(now, PairEnding.MenteeLeft),
        PairChange.Withdraw => pair.Withdraw(now, PairEnding.ProgrammeClosed),
        _ => throw new ArgumentOutOfRangeException(nameof(change)),
    };

    // A pair as the lifecycle would have left it in each status, with the dates that status implies.
    private static Pair PairIn(PairStatus status)
    {
        var proposed = new Pair { Id = "m~t", ProgrammeId = "p", MenteeTenantId = "x", MenteeId = "m", MentorTenantId = "x", MentorId = "t", ProposedAt = Proposed };
        var offered = proposed with { Status = PairStatus.Offered, OfferedAt = Proposed, AnswerBy = Proposed.AddDays(3) };
        return status switch
        {
            PairStatus.Proposed => proposed,
            PairStatus.Offered => offered,
            PairStatus.Active => offered with { Status = status, AcceptedAt = Proposed.AddDays(1) },
            PairStatus.Rejected => proposed with { Status = status, ClosedAt = Proposed.AddDays(1) },
            PairStatus.Ended => offered with { Status = status, AcceptedAt = Proposed.AddDays(1), ClosedAt = Proposed.AddDays(2), Ending = PairEnding.MenteeLeft },
            PairStatus.Withdrawn => offered with { Status = status, ClosedAt = Proposed.AddDays(1), Ending = PairEnding.ProgrammeClosed },
            _ => offered with { Status = status, ClosedAt = Proposed.AddDays(1) },
        };
    }
}
