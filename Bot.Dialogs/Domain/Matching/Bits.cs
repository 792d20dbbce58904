using System.Numerics;

namespace MentorBot.Dialogs.Domain.Matching;

/// <summary>Fixed-size bit sets as ulong arrays: matching compares millions of pairs, and a shared count is an AND and a popcount.</summary>
internal static class Bits
{
    public static ulong[] Create(int size) => new ulong[(size + 63) / 64];

    public static void Set(ulong[] bits, int index) => bits[index >> 6] |= 1UL << (index & 63);

    public static bool IsSet(ulong[] bits, int index) => (bits[index >> 6] & (1UL << (index & 63))) != 0;

    public static int Count(ulong[] bits)
    {
        var count = 0;
        foreach (var word in bits)
            count += BitOperations.PopCount(word);
        return count;
    }

    public static int CountShared(ulong[] a, ulong[] b)
    {
        var count = 0;
        var length = Math.Min(a.Length, b.Length);
        for (var i = 0; i < length; i++)
            count += BitOperations.PopCount(a[i] & b[i]);
        return count;
    }

    public static bool AnyShared(ulong[] a, ulong[] b)
    {
        var length = Math.Min(a.Length, b.Length);
        for (var i = 0; i < length; i++)
        {
            if ((a[i] & b[i]) != 0)
                return true;
        }

        return false;
    }

    /// <summary>Whether every bit of <paramref name="subset"/> is set in <paramref name="set"/>.</summary>
    public static bool Contains(ulong[] set, ulong[] subset)
    {
        for (var i = 0; i < subset.Length; i++)
        {
            var inSet = i < set.Length ? set[i] : 0;
            if ((subset[i] & ~inSet) != 0)
                return false;
        }

        return true;
    }
}
