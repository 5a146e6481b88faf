using System;
using System.Collections.Generic;

namespace Golden.Cognitive;

public class Members
{
    private readonly List<int> items = new();
    private int count;
    private EventHandler changed;

    public Members(int start)
    {
        if (start < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(start));
        }

        count = start;
    }

    public Members(string text)
        : this(text is null ? 0 : text.Length)
    {
    }

    ~Members()
    {
        if (count > 0)
        {
            count = 0;
        }
    }

    public int Auto { get; set; }

    public int Arrow => count > 0 ? count : -count;

    public bool ArrowLogical => count > 0 && items.Count > 0;

    public int Full
    {
        get
        {
            if (count > 10)
            {
                return 10;
            }

            return count;
        }

        set
        {
            count = value < 0 ? 0 : value;
        }
    }

    public int ArrowAccessors
    {
        get => count > 1 ? 1 : 0;
        set => count = value > 0 && value < 100 ? value : 0;
    }

    public int InitOnly
    {
        init
        {
            if (value > 0)
            {
                count = value;
            }
        }
    }

    public int this[int index] => index >= 0 && index < items.Count ? items[index] : -1;

    public int this[string key]
    {
        get
        {
            foreach (var i in items)
            {
                if (i.ToString() == key)
                {
                    return i;
                }
            }

            return -1;
        }
    }

    public event EventHandler Changed
    {
        add
        {
            if (value != null)
            {
                changed += value;
            }
        }

        remove
        {
            changed -= value ?? throw new ArgumentNullException(nameof(value));
        }
    }

    public static Members operator +(Members left, Members right)
    {
        if (left is null || right is null)
        {
            return left ?? right;
        }

        return new Members(left.count + right.count);
    }

    public static bool operator ==(Members left, Members right) => left is null ? right is null : left.Equals(right);

    public static bool operator !=(Members left, Members right) => !(left == right);

    public static implicit operator int(Members m) => m is null ? 0 : m.count;

    public override bool Equals(object obj) => obj is Members m && m.count == count;

    public override int GetHashCode() => count;

    private readonly Func<int, int> fieldLambda = x =>
    {
        if (x > 0)
        {
            return x;
        }

        return 0;
    };

    public Func<int, bool> PropertyWithInitializer { get; } = x => x > 0 && x < 10;
}

public record Point(int X, int Y)
{
    public bool IsOrigin => X == 0 && Y == 0;

    public int Quadrant()
    {
        if (X >= 0)
        {
            return Y >= 0 ? 1 : 4;
        }

        return Y >= 0 ? 2 : 3;
    }
}

public class Primary(int seed)
{
    public int Next(int bound) => bound > 0 ? seed % bound : seed;
}

public interface IShape
{
    double Area { get; }

    bool IsLarge() => Area > 100 || Area < -100;

    static virtual int Sides(int n)
    {
        if (n < 3)
        {
            return 0;
        }

        return n;
    }
}

public struct Counter
{
    private int value;

    public void Increment(int by)
    {
        for (var i = 0; i < by; i++)
        {
            value++;
        }
    }
}

public static class Extensions
{
    public static bool IsBlank(this string s) => s == null || s.Trim().Length == 0;

    extension(int number)
    {
        public bool IsSmall => number < 10 && number > -10;

        public int Clamp(int max)
        {
            if (number > max)
            {
                return max;
            }

            return number;
        }
    }
}
