namespace FeedbackCollector.Core.Rules;

/// <summary>"Did you mean …?" for typos: the closest candidate within a small edit distance.</summary>
internal static class Suggest
{
    /// <summary>
    /// The first candidate at the smallest distance, when that is at most <paramref name="maxDistance"/>. Bounded work per
    /// candidate: a doc can hold 2,000 misspelt lines against the ~600 time zone ids, and each must cost microseconds.
    /// </summary>
    public static string? Closest(string input, IEnumerable<string> candidates, int maxDistance = 3)
    {
        string? best = null;
        var bestDistance = Math.Max(maxDistance, 0) + 1;
        var lower = input.ToLowerInvariant();
        foreach (var c in candidates)
        {
            // The distance is at least the difference in length, so most candidates need no table at all.
            if (Math.Abs(c.Length - lower.Length) >= bestDistance) continue;
            var d = Distance(lower, c.ToLowerInvariant(), bestDistance - 1);
            if (d < bestDistance)
            {
                bestDistance = d;
                best = c;
            }
        }
        return best;
    }

    /// <summary>Levenshtein distance; inputs are short (keys, zone ids), so the O(n·m) table is fine.</summary>
    public static int Distance(string a, string b) => Distance(a, b, int.MaxValue - 1);

    /// <summary>The distance when it is at most <paramref name="limit"/>, else a number above it (the table stops early).</summary>
    public static int Distance(string a, string b, int limit)
    {
        if (a.Length > 200 || b.Length > 200) return int.MaxValue;
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) prev[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            var rowMin = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                cur[j] = Math.Min(Math.Min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.Min(rowMin, cur[j]);
            }
            // Every later row is at least this row's smallest cell, so past the limit the answer cannot come back under it.
            if (rowMin > limit) return limit + 1;
            (prev, cur) = (cur, prev);
        }
        return prev[b.Length];
    }
}
