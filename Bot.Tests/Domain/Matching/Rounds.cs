using FsCheck;
using FsCheck.Fluent;

namespace MentorBot.Tests.Domain.Matching;

/// <summary>FsCheck generators of random rounds, small enough to check against a brute-force optimum.</summary>
internal static class Rounds
{
    public static Arbitrary<RandomRound> UpTo(int mentees, int mentors) => Arb.From(
        from seed in Gen.Choose(0, 1_000_000)
        from menteeCount in Gen.Choose(0, mentees)
        from mentorCount in Gen.Choose(0, mentors)
        from reverse in Gen.Elements(false, true)
        select new RandomRound(seed, menteeCount, mentorCount, reverse));
}
