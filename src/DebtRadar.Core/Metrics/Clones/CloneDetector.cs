using System.Collections.Immutable;
using System.Runtime.InteropServices;
using DebtRadar.Core.Model;

namespace DebtRadar.Core.Metrics.Clones;

/// <summary>
/// Finds clone groups across a whole solution in near-linear time: every window of
/// <see cref="CloneOptions.MinTokens"/> normalised tokens is hashed with a rolling (Rabin–Karp)
/// hash and bucketed; pairs in a bucket that start a match (their previous tokens differ) are
/// extended token by token to the full copy; copies of the same normalised code are grouped.
/// Work is linear in the number of tokens plus the length of the copies found (docs/health.md).
/// </summary>
public static class CloneDetector
{
    private const ulong Base = 1_000_003;

    /// <summary>Above this many windows with one hash, each is compared with the first only (boilerplate stays linear).</summary>
    private const int AllPairsLimit = 64;

    /// <summary>The clone groups among <paramref name="files"/>, largest first.</summary>
    /// <param name="files">Each file once, with its fingerprint.</param>
    /// <param name="options">Minimum tokens and lines of a clone.</param>
    /// <param name="cancellationToken">Stops the pass.</param>
    public static ImmutableArray<CloneGroup> Find(IReadOnlyList<(string Path, TokenFingerprint Tokens)> files, CloneOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(options);
        var window = Math.Max(1, options.MinTokens);
        var offsets = new int[files.Count + 1];
        for (var f = 0; f < files.Count; f++)
        {
            offsets[f + 1] = offsets[f] + files[f].Tokens.Count;
        }

        var next = new int[offsets[^1]];
        // Nearly every window of a solution is distinct, so the token count is the dictionary's final size:
        // sized once, not doubled and rehashed a dozen times (half the pass's allocation on NodaTime).
        var heads = new Dictionary<ulong, int>(offsets[^1]);
        for (var f = 0; f < files.Count; f++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            IndexWindows(files[f].Tokens.Hashes, window, offsets[f], heads, next);
        }

        var groups = new Dictionary<(ulong Hash, int Length), HashSet<(int File, int Start)>>();
        var bucket = new List<int>();
        foreach (var head in heads.Values)
        {
            if (next[head] < 0)
            {
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            bucket.Clear();
            for (var g = head; g >= 0; g = next[g])
            {
                bucket.Add(g);
            }

            bucket.Reverse();
            for (var i = 0; i < bucket.Count; i++)
            {
                for (var j = i + 1; j < bucket.Count; j++)
                {
                    Match(files, offsets, bucket[i], bucket[j], options, groups);
                }

                if (bucket.Count > AllPairsLimit)
                {
                    break;
                }
            }
        }

        return [.. groups.Select(g => ToGroup(files, g.Key, g.Value)).OfType<CloneGroup>()
            .OrderByDescending(g => g.Tokens)
            .ThenBy(g => g.Places[0].Path, StringComparer.Ordinal)
            .ThenBy(g => g.Places[0].StartLine)];
    }

    /// <summary>Per path, the lines covered by any place of any group (each line once).</summary>
    public static Dictionary<string, int> DuplicatedLines(IEnumerable<CloneGroup> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var lines = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        foreach (var place in groups.SelectMany(g => g.Places))
        {
            ref var set = ref CollectionsMarshal.GetValueRefOrAddDefault(lines, place.Path, out _);
            set ??= [];
            for (var line = place.StartLine; line <= place.EndLine; line++)
            {
                set.Add(line);
            }
        }

        return lines.ToDictionary(p => p.Key, p => p.Value.Count, StringComparer.Ordinal);
    }

    private static void IndexWindows(ImmutableArray<int> codes, int window, int offset, Dictionary<ulong, int> heads, int[] next)
    {
        var span = codes.AsSpan();
        for (var i = 0; i < span.Length; i++)
        {
            next[offset + i] = -1;
        }

        if (span.Length < window)
        {
            return;
        }

        var power = 1UL;
        for (var i = 1; i < window; i++)
        {
            power *= Base;
        }

        var hash = 0UL;
        for (var i = 0; i < window; i++)
        {
            hash = (hash * Base) + (ulong)span[i];
        }

        for (var start = 0; ; start++)
        {
            ref var head = ref CollectionsMarshal.GetValueRefOrAddDefault(heads, hash, out var exists);
            next[offset + start] = exists ? head : -1;
            head = offset + start;
            if (start + window >= span.Length)
            {
                break;
            }

            hash = ((hash - ((ulong)span[start] * power)) * Base) + (ulong)span[start + window];
        }
    }

    private static void Match(
        IReadOnlyList<(string Path, TokenFingerprint Tokens)> files,
        int[] offsets,
        int first,
        int second,
        CloneOptions options,
        Dictionary<(ulong, int), HashSet<(int, int)>> groups)
    {
        var (fa, a) = Locate(offsets, first);
        var (fb, b) = Locate(offsets, second);
        var x = files[fa].Tokens.Hashes.AsSpan();
        var y = files[fb].Tokens.Hashes.AsSpan();

        // Only the left end of a match is extended: a pair whose previous tokens agree lies inside a longer match.
        if (a > 0 && b > 0 && x[a - 1] == y[b - 1])
        {
            return;
        }

        var length = 0;
        while (a + length < x.Length && b + length < y.Length && x[a + length] == y[b + length])
        {
            length++;
        }

        // A file that repeats itself must not match itself shifted into its own copy.
        if (fa == fb)
        {
            length = Math.Min(length, Math.Abs(b - a));
        }

        if (length < options.MinTokens
            || CodeLines(files[fa].Tokens.Lines, a, length) < options.MinLines
            || CodeLines(files[fb].Tokens.Lines, b, length) < options.MinLines)
        {
            return;
        }

        var hash = 0UL;
        foreach (var code in x.Slice(a, length))
        {
            hash = (hash * Base) + (ulong)code;
        }

        ref var places = ref CollectionsMarshal.GetValueRefOrAddDefault(groups, (hash, length), out _);
        places ??= [];
        places.Add((fa, a));
        places.Add((fb, b));
    }

    private static (int File, int Index) Locate(int[] offsets, int global)
    {
        var found = Array.BinarySearch(offsets, global);
        var file = found >= 0 ? found : ~found - 1;

        // Empty files share an offset with the next one: the token belongs to the last file starting there.
        while (file + 1 < offsets.Length - 1 && offsets[file + 1] == global)
        {
            file++;
        }

        return (file, global - offsets[file]);
    }

    private static int CodeLines(ImmutableArray<int> lines, int start, int length)
    {
        var count = 0;
        var previous = -1;
        foreach (var line in lines.AsSpan().Slice(start, length))
        {
            if (line != previous)
            {
                count++;
                previous = line;
            }
        }

        return count;
    }

    /// <summary>The group's places; null when fewer than two remain apart.</summary>
    private static CloneGroup? ToGroup(IReadOnlyList<(string Path, TokenFingerprint Tokens)> files, (ulong Hash, int Length) key, HashSet<(int File, int Start)> starts)
    {
        // Pairs of a periodic run (the same statement repeated) share a group at several shifts:
        // keep places that do not overlap an earlier kept place of the same file.
        var apart = new List<(int File, int Start)>();
        foreach (var start in starts.OrderBy(s => s.File).ThenBy(s => s.Start))
        {
            if (apart.Count == 0 || apart[^1].File != start.File || apart[^1].Start + key.Length <= start.Start)
            {
                apart.Add(start);
            }
        }

        if (apart.Count < 2)
        {
            return null;
        }

        var places = apart
            .Select(s => new ClonePlace(files[s.File].Path, files[s.File].Tokens.Lines[s.Start], files[s.File].Tokens.Lines[s.Start + key.Length - 1]))
            .OrderBy(p => p.Path, StringComparer.Ordinal)
            .ThenBy(p => p.StartLine)
            .ToImmutableArray();
        return new CloneGroup(places, key.Length, key.Hash.ToString("x16", System.Globalization.CultureInfo.InvariantCulture));
    }
}
