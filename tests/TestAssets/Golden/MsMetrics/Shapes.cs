using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.IO;
using System.Threading;

namespace Golden.Shapes;

/// <summary>
/// Documented type: doc comments are part of MS's source lines.
/// </summary>
[Serializable]
public partial class Registry : IDisposable
{
    private static readonly Dictionary<string, int> Index = new(StringComparer.Ordinal);
    private readonly object gate = new();
    private int version = 1;
    private int other = 2;
    private int third = 3;
    private readonly TimeSpan timeout = TimeSpan.FromSeconds(5);

    static Registry()
    {
        Index["a"] = 1;
    }

    /// <summary>Adds a value.</summary>
    /// <param name="key">The key.</param>
    [Obsolete("use Put")]
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void Add(string key, int value = 42, string? tag = null)
    {
        lock (gate)
        {
            Index[key] = value;
            version++;
        }
    }

    public int this[string key]
    {
        get
        {
            return Index.TryGetValue(key, out var value) ? value : -1;
        }

        set
        {
            Index[key] = value;
        }
    }

    public string Summary =>
        version > 1
            ? "changed"
            : "new";

    public static int Classify(int a, int b, int c)
    {
        var r = a > b ? (b > c ? 1 : 2) : a > c ? 3 : 4;
        if (a == 0)
        {
            goto done;
        }

        switch (r)
        {
            case 1:
                {
                    r += 10;
                    break;
                }

            case 2 when b > 0:
                r -= 1;
                break;
        }

    done:
        return r;
    }

    public IEnumerable<int> Evens(int max)
    {
        for (var i = 0; i < max; i++)
        {
            if ((i & 1) == 0)
            {
                yield return i;
            }
        }

        yield break;
    }

    public (int Min, int Max) Range(IReadOnlyList<int> values)
    {
        var (min, max) = (int.MaxValue, int.MinValue);
        foreach (var v in values)
        {
            min = Math.Min(min, v);
            max = Math.Max(max, v);
        }

        return (min, max);
    }

    public string Read(string path)
    {
        using var reader = new StreamReader(path);
        var text = reader.ReadToEnd() ?? throw new InvalidOperationException();
        checked
        {
            version += text.Length;
        }

        return text;
    }

    void IDisposable.Dispose()
    {
        Debug.Assert(version >= 0);
    }

    partial void OnChanged(int value);

    partial void OnChanged(int value)
    {
        version = value;
    }

    public class Nested
    {
        public int Depth { get; private set; }

        public void Deeper() => Depth++;
    }
}

public partial class Registry
{
    public bool Flag(bool a, bool b) => a | b && !a;
}

public abstract class Handler<T> where T : class
{
    public abstract void Handle(T item, CancellationToken ct = default);

    protected virtual bool Accept<TOther>(TOther value) where TOther : IComparable<TOther> => value is not null;
}

public class TextHandler : Handler<string>
{
    public override void Handle(string item, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        Console.WriteLine(item?.Length > 3 ? item : item?.ToUpperInvariant());
    }
}

public class Deep : TextHandler
{
    public Action<int>? Callback { get; set; }

    public Func<int, int> Square => x => x * x;

    public void Run()
    {
        Callback?.Invoke(1);
        var items = new List<int> { 1, 2, 3 };
        items.ForEach(i =>
        {
            if (i > 1)
            {
                Callback?.Invoke(i);
            }
        });
    }
}
