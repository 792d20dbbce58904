namespace MentorBot.Dialogs.Domain.Matching.Circles;

/// <summary>
/// Circles being formed: who is where, and for each person the affinity they have with each circle's members, kept
/// up to date so that placing someone or weighing a swap costs no more than a look-up.
/// </summary>
internal sealed class CircleLayout
{
    private readonly int[] sizes;
    private readonly int[] circleOf;
    private readonly List<int>[] members;
    private readonly long[,] toCircle;
    private readonly int[,] affinity;

    public CircleLayout(int people, int[] sizes, CircleAffinity pairs)
    {
        this.sizes = sizes;
        circleOf = new int[people];
        Array.Fill(circleOf, -1);
        members = [.. sizes.Select(_ => new List<int>())];
        toCircle = new long[people, sizes.Length];
        affinity = new int[people, people];
        for (var a = 0; a < people; a++)
        {
            for (var b = a + 1; b < people; b++)
                affinity[a, b] = affinity[b, a] = pairs.Between(a, b);
        }
    }

    public int Count => sizes.Length;

    public IReadOnlyList<int> Members(int circle) => members[circle];

    public long Fit(int circle)
    {
        long fit = 0;
        var list = members[circle];
        for (var x = 0; x < list.Count; x++)
        {
            for (var y = x + 1; y < list.Count; y++)
                fit += affinity[list[x], list[y]];
        }

        return fit;
    }

    /// <summary>The first circle with room, starting at <paramref name="start"/> and wrapping round.</summary>
    public int WithRoomFrom(int start)
    {
        for (var k = 0; k < sizes.Length; k++)
        {
            var c = (start + k) % sizes.Length;
            if (members[c].Count < sizes[c])
                return c;
        }

        throw new InvalidOperationException("Every circle is full: the sizes add up to the people.");
    }

    /// <summary>The circle with room where this person adds the most (ties: the lowest number).</summary>
    public int BestWithRoom(int person)
    {
        var best = -1;
        for (var c = 0; c < sizes.Length; c++)
        {
            if (members[c].Count < sizes[c] && (best < 0 || toCircle[person, c] > toCircle[person, best]))
                best = c;
        }

        return best >= 0 ? best : throw new InvalidOperationException("Every circle is full: the sizes add up to the people.");
    }

    public void Place(int person, int circle)
    {
        circleOf[person] = circle;
        members[circle].Add(person);
        for (var other = 0; other < circleOf.Length; other++)
            toCircle[other, circle] += affinity[other, person];
    }

    /// <summary>Swaps two people of the same kind between circles while a swap raises the total; first improvement, bounded passes.</summary>
    public void ImproveBySwaps(Func<int, bool> kind, int maxPasses)
    {
        var people = circleOf.Length;
        for (var pass = 0; pass < maxPasses; pass++)
        {
            var improved = false;
            for (var a = 0; a < people; a++)
            {
                for (var b = a + 1; b < people; b++)
                {
                    var (ca, cb) = (circleOf[a], circleOf[b]);
                    if (ca == cb || kind(a) != kind(b))
                        continue;
                    var gain = toCircle[a, cb] + toCircle[b, ca] - (2L * affinity[a, b]) - toCircle[a, ca] - toCircle[b, cb];
                    if (gain <= 0)
                        continue;
                    Swap(a, b);
                    improved = true;
                }
            }

            if (!improved)
                return;
        }
    }

    private void Swap(int a, int b)
    {
        var (ca, cb) = (circleOf[a], circleOf[b]);
        members[ca][members[ca].IndexOf(a)] = b;
        members[cb][members[cb].IndexOf(b)] = a;
        circleOf[a] = cb;
        circleOf[b] = ca;
        for (var other = 0; other < circleOf.Length; other++)
        {
            var shift = affinity[other, b] - affinity[other, a];
            toCircle[other, ca] += shift;
            toCircle[other, cb] -= shift;
        }
    }
}
