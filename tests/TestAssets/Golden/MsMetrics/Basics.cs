using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading.Tasks;

namespace Golden.Basics;

public class Empty
{
}

public static class StaticHelpers
{
    public static int Max(int a, int b) => a > b ? a : b;

    public static bool Both(bool a, bool b) => a & b;

    public static int Bits(int a, int b) => a & b;

    public static string Describe(int? x)
    {
        if (x is null)
        {
            return "none";
        }
        else if (x > 10 && x < 20 || x == 42)
        {
            return "band";
        }

        return x?.ToString() ?? "?";
    }

    public static int Loops(int[] items)
    {
        var total = 0;
        for (var i = 0; i < items.Length; i++)
        {
            total += items[i];
        }

        foreach (var item in items)
        {
            total -= item;
        }

        while (total > 100)
        {
            total /= 2;
        }

        do
        {
            total++;
        }
        while (total < 0);

        return total;
    }

    public static string Switches(int n, object o)
    {
        switch (n)
        {
            case 1:
            case 2:
                return "small";
            case > 100:
                return "big";
            default:
                break;
        }

        var s = o switch
        {
            string t when t.Length > 0 => t,
            int i and > 3 => i.ToString(),
            _ => "",
        };

        return s;
    }

    public static int Lambdas(List<int> values)
    {
        int Local(int v) => v > 0 ? v : -v;
        return values.Where(v => v % 2 == 0 || v > 7).Select(Local).Sum();
    }

    public static void Nothing()
    {
    }

    public static int Guarded(string s, int attempts = 3)
    {
        try
        {
            return int.Parse(s);
        }
        catch (FormatException) when (attempts > 0)
        {
            return -1;
        }
    }

    public static async Task<int> Delayed(Task<int> t, StringBuilder? sb)
    {
        sb ??= new StringBuilder();
        sb.Append('x');
        return await t.ConfigureAwait(false);
    }
}

public class Counter
{
    private int count;
    private static readonly int Seed = 7;
    private readonly List<string> names = new();

    public Counter()
    {
    }

    public Counter(int start) : this()
    {
        count = start > 0 ? start : Seed;
    }

    ~Counter()
    {
        count = 0;
    }

    public int Count => count;

    public int Doubled
    {
        get { return count * 2; }
        set
        {
            if (value < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(value));
            }

            count = value / 2;
        }
    }

    public string Name { get; set; } = "n";

    public string this[int index] => names[index];

    public event EventHandler? Changed;

    public event EventHandler Custom
    {
        add { Changed += value; }
        remove { Changed -= value; }
    }

    public static Counter operator +(Counter a, Counter b) => new Counter(a.count + b.count);

    public static implicit operator int(Counter c) => c.count;

    public void Add(string name)
    {
        names.Add(name);
        Changed?.Invoke(this, EventArgs.Empty);
    }
}

public abstract class Shape
{
    public abstract double Area();

    public virtual string Label() => GetType().Name;
}

public sealed class Circle : Shape
{
    private readonly double radius;

    public Circle(double radius) => this.radius = radius;

    public override double Area() => Math.PI * radius * radius;
}

public class Derived2 : Circle2
{
}

public class Circle2 : Exception
{
}

public interface IShape
{
    double Area();

    string Name => "shape";
}

public struct Point
{
    public int X;
    public int Y;

    public readonly double Length() => Math.Sqrt(X * X + Y * Y);
}

public enum Color
{
    Red,
    Green = 5,
}

public delegate int Transform(int value);
