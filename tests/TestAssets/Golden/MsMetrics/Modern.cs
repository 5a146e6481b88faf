using System;
using System.Collections.Generic;
using System.Linq;

namespace Golden.Modern;

public record Person(string First, string Last)
{
    public string Full => $"{First} {Last}";

    public int Rank { get; init; }
}

public record struct Pair(int A, int B);

public class Service(IComparer<int> comparer, int limit)
{
    private readonly int max = limit > 0 ? limit : 10;

    public int Compare(int a, int b) => comparer.Compare(a, b) is var c && c > max ? max : c;
}

public class Holder
{
    public required string Key { get; set; }

    private string? lazy;

    public string Lazy
    {
        get => lazy ??= Key.ToUpperInvariant();
        set => lazy = value;
    }

    public int[] Numbers() => [1, 2, .. Enumerable.Range(3, 2)];

    public static string Shape(int[] values) => values switch
    {
        [] => "empty",
        [var single] => single.ToString(),
        [var first, .., var last] when first < last => "rising",
        _ => "other",
    };

    public static bool IsLetter(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z');
}

file sealed class Hidden
{
    public int Value() => 42;
}

public class Generic<T> where T : IComparable<T>
{
    public T? Best(IEnumerable<T> items)
    {
        T? best = default;
        foreach (var item in items)
        {
            if (best is null || item.CompareTo(best) > 0)
            {
                best = item;
            }
        }

        return best;
    }
}
