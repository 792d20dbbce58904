using MentorBot.Dialogs.Domain.Matching;

namespace MentorBot.Tests.Domain.Matching;

/// <summary>The best total by trying every assignment (each mentee: no one, or any compatible mentor with a place left).</summary>
internal static class BruteForce
{
    public static long BestTotal(MatchScorer scorer)
    {
        var n = scorer.Mentees.Count;
        var m = scorer.Mentors.Count;
        var left = Enumerable.Range(0, m).Select(scorer.RemainingCapacity).ToArray();
        return Best(0);

        long Best(int mentee)
        {
            if (mentee == n)
                return 0;
            var best = Best(mentee + 1);
            for (var j = 0; j < m; j++)
            {
                var score = scorer.Score(mentee, j);
                if (score < 0 || left[j] == 0)
                    continue;
                left[j]--;
                best = Math.Max(best, score + Best(mentee + 1));
                left[j]++;
            }

            return best;
        }
    }
}
