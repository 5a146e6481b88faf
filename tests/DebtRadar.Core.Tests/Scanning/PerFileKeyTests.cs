using System.Collections.Concurrent;
using System.Text.Json;
using DebtRadar.Core.Model;
using DebtRadar.Core.Scanning;
using DebtRadar.Core.Tests.Support;

namespace DebtRadar.Core.Tests.Scanning;

/// <summary>
/// Per-file result keys (decision 0049): after each edit of a sequence, a cached rescan equals a scan
/// without cache, and the files that cannot see the edit are reused.
/// </summary>
public sealed class PerFileKeyTests
{
    private static readonly Dictionary<string, string> Fixture = new(StringComparer.Ordinal)
    {
        ["src/Entity.cs"] = """
            namespace Shop;
            public abstract class Entity { public int Id { get; set; } }
            public class Audited : Entity { public System.DateTime At { get; set; } }
            """,
        ["src/Shape.cs"] = """
            namespace Shop;
            public abstract class Shape : Entity
            {
                public abstract double Area();
                public virtual string Name => "shape";
            }
            """,
        ["src/Circle.cs"] = """
            namespace Shop;
            public class Circle : Shape
            {
                private readonly double _r;
                public Circle(double r) { _r = r; }
                public override double Area() { if (_r < 0) { return 0; } return System.Math.PI * _r * _r; }
            }
            """,
        ["src/Square.cs"] = """
            namespace Shop;
            public class Square : Shape
            {
                private readonly double _side;
                public Square(double side) { _side = side; }
                public override double Area() => _side * _side;
            }
            """,
        ["src/Limits.cs"] = """
            namespace Shop;
            public static class Limits
            {
                public const int Max = 10;
                public static int Clamp(int x) => x > Max ? Max : x < 0 ? 0 : x;
                public static int Unused(int x) { return x; }
            }
            """,
        ["src/Sums.cs"] = """
            using System.Collections.Generic;
            using System.Linq;
            namespace Shop;
            public static class Sums
            {
                public static double Total(this IEnumerable<Shape> shapes) => shapes.Sum(s => s.Area());
            }
            """,
        ["src/Geometry.cs"] = """
            using System.Collections.Generic;
            namespace Shop;
            public class Geometry
            {
                private readonly List<Shape> _shapes = new();
                public double Build(int count)
                {
                    var n = Limits.Clamp(count);
                    for (var i = 0; i < n; i++)
                    {
                        _shapes.Add(i % 2 == 0 ? new Circle(i) : new Square(i));
                    }

                    if (n >= Limits.Max && _shapes.Count > 0) { return -1; }
                    return _shapes.Total();
                }

                public Shape Combine(Shape a, Shape b) => a;
            }
            """,
        ["src/Ledger.cs"] = """
            namespace Shop;
            public partial class Ledger
            {
                private int _balance;
                public int Limit { get; set; }
                public void Post(int amount) { if (amount > 0) { _balance += amount; } }
                public int Balance() => _balance;
            }
            """,
        ["src/Report.cs"] = """
            namespace Shop;
            public class Report
            {
                public string Print(Ledger ledger) => ledger.Balance() > 0 ? "credit" : "debit";
            }
            """,
        ["src/Amounts.cs"] = """
            namespace Shop.Money { public class Amount { } }
            namespace Shop.Other { public class Amount { } }
            """,
        ["src/Prices.cs"] = """
            using Shop.Money;
            namespace Shop;
            public static class Prices { public static Amount Zero() => new Amount(); }
            """,
        ["src/Checkout.cs"] = """
            namespace Shop;
            public class Checkout { public object Pay() { var z = Prices.Zero(); return z; } }
            """,
        ["src/Tally.cs"] = """
            namespace Shop;
            public partial class Tally { private int _count; }
            """,
        ["src/Tally.More.cs"] = """
            namespace Shop;
            public partial class Tally { private int _more; }
            """,
        ["src/Text.cs"] = """
            namespace Shop.Words;
            public class Text
            {
                public string Upper(string s) { if (string.IsNullOrEmpty(s)) { return s; } return s.ToUpperInvariant(); }
                public int Words(string s) { var n = 0; foreach (var c in s) { if (c == ' ') { n++; } } return n + 1; }
            }
            """,
    };

    /// <summary>Each edit, with the files it must leave reusable (they cannot see it).</summary>
    // Files that the partial-type steps below (Ledger's third part, Counter, Gauge) leave alone: each of those steps reuses them.
    private static readonly string[] Unrelated =
        ["src/Ledger.cs", "src/Report.cs", "src/Tally.cs", "src/Tally.More.cs", "src/Circle.cs", "src/Square.cs", "src/Geometry.cs", "src/Limits.cs", "src/Text.cs", "src/Shape.cs", "src/Sums.cs", "src/Entity.cs"];

    private static readonly (string Name, Action<Dictionary<string, string>> Apply, string[] Reused)[] Edits =
    [
        ("body edit",
            f => Replace(f, "src/Circle.cs", "if (_r < 0) { return 0; }", "if (_r <= 0) { return 0; }"),
            ["src/Square.cs", "src/Geometry.cs", "src/Limits.cs", "src/Ledger.cs", "src/Report.cs", "src/Text.cs", "src/Shape.cs", "src/Sums.cs", "src/Entity.cs"]),
        ("signature of a used member",
            f => Replace(f, "src/Limits.cs", "public static int Clamp(int x)", "public static long Clamp(long x)"),
            ["src/Circle.cs", "src/Square.cs", "src/Ledger.cs", "src/Report.cs", "src/Text.cs", "src/Shape.cs", "src/Sums.cs", "src/Entity.cs"]),
        ("signature of an unused member",
            f => Replace(f, "src/Limits.cs", "public static int Unused(int x)", "public static int Unused(int x, int y = 2)"),
            ["src/Circle.cs", "src/Square.cs", "src/Geometry.cs", "src/Ledger.cs", "src/Report.cs", "src/Text.cs", "src/Shape.cs", "src/Sums.cs", "src/Entity.cs"]),
        ("overload added",
            f => Replace(f, "src/Limits.cs", "public static int Unused", "public static int Clamp(int x) => x < 0 ? 0 : x;\n    public static int Unused"),
            ["src/Circle.cs", "src/Square.cs", "src/Ledger.cs", "src/Report.cs", "src/Text.cs", "src/Shape.cs", "src/Sums.cs", "src/Entity.cs"]),
        ("type renamed",
            f => Replace(f, "src/Square.cs", "Square", "Quad"),

            // Files that name Area see Square.Area, whose container is now Quad.
            ["src/Limits.cs", "src/Ledger.cs", "src/Report.cs", "src/Text.cs", "src/Entity.cs"]),
        ("base class changed",
            f => Replace(f, "src/Shape.cs", "public abstract class Shape : Entity", "public abstract class Shape : Audited"),
            ["src/Limits.cs", "src/Ledger.cs", "src/Report.cs", "src/Text.cs", "src/Entity.cs"]),
        ("constant used elsewhere changed",
            f => Replace(f, "src/Limits.cs", "public const int Max = 10;", "public const int Max = 20;"),
            ["src/Circle.cs", "src/Square.cs", "src/Ledger.cs", "src/Report.cs", "src/Text.cs", "src/Shape.cs", "src/Sums.cs", "src/Entity.cs"]),
        ("using directive of a declaring file changed",

            // Prices.Zero now returns Shop.Other.Amount: Checkout, which calls it, couples to another type.
            f => Replace(f, "src/Prices.cs", "using Shop.Money;", "using Shop.Other;"),
            ["src/Circle.cs", "src/Square.cs", "src/Geometry.cs", "src/Limits.cs", "src/Ledger.cs", "src/Report.cs", "src/Text.cs", "src/Shape.cs", "src/Sums.cs", "src/Entity.cs", "src/Amounts.cs"]),
        ("more specific extension method added",
            f => f["src/ListSums.cs"] = """
                using System.Collections.Generic;
                namespace Shop;
                public static class ListSums
                {
                    public static double Total(this List<Shape> shapes) { var t = 0.0; foreach (var s in shapes) { t += s.Area(); } return t; }
                }
                """,
            ["src/Circle.cs", "src/Square.cs", "src/Limits.cs", "src/Ledger.cs", "src/Report.cs", "src/Text.cs", "src/Shape.cs", "src/Entity.cs"]),
        ("partial class part added",
            f => f["src/Ledger.Audit.cs"] = """
                namespace Shop;
                public partial class Ledger
                {
                    private int _posts;
                    public int Posts() => _posts;
                }
                """,
            ["src/Circle.cs", "src/Square.cs", "src/Geometry.cs", "src/Limits.cs", "src/Text.cs", "src/Shape.cs", "src/Sums.cs", "src/Entity.cs"]),
        ("first method of a partial type, in another part",

            // A type with no method anywhere counts 1 for its implicit constructor in its first part.
            f => Replace(f, "src/Tally.More.cs", "private int _more;", "private int _more;\n    public int More() => _more;"),
            ["src/Circle.cs", "src/Square.cs", "src/Geometry.cs", "src/Limits.cs", "src/Ledger.cs", "src/Report.cs", "src/Text.cs", "src/Shape.cs", "src/Sums.cs", "src/Entity.cs"]),
        ("second method of a partial type, in another part",
            f => Replace(f, "src/Tally.More.cs", "public int More() => _more;", "public int More() => _more;\n    public int Less() => -_more;"),
            ["src/Tally.cs", "src/Circle.cs", "src/Square.cs", "src/Geometry.cs", "src/Limits.cs", "src/Ledger.cs", "src/Report.cs", "src/Text.cs", "src/Shape.cs", "src/Sums.cs", "src/Entity.cs"]),
        ("field added to another part of a partial type with fields",
            f => Replace(f, "src/Tally.More.cs", "private int _more;", "private int _more;\n    private int _third;"),
            ["src/Tally.cs", "src/Circle.cs", "src/Square.cs", "src/Geometry.cs", "src/Limits.cs", "src/Ledger.cs", "src/Report.cs", "src/Text.cs", "src/Shape.cs", "src/Sums.cs", "src/Entity.cs"]),
        ("first property of a part, of a shape another part has",

            // Ledger.cs declares `Limit { get; set; }`: whether Ledger has methods does not change.
            f => Replace(f, "src/Ledger.Audit.cs", "private int _posts;", "private int _posts;\n    public int Last { get; set; }"),
            Unrelated),
        ("using directive added to another part",

            // Nothing Ledger.Audit.cs declares names a type: the directive binds nothing in its declarations.
            f => f["src/Ledger.Audit.cs"] = "using System.Text;\n" + f["src/Ledger.Audit.cs"],
            Unrelated),
        ("partial type of fields only, in two parts",
            f =>
            {
                f["src/Counter.A.cs"] = "namespace Shop;\npublic partial class Counter { private int _a; }\n";
                f["src/Counter.B.cs"] = "namespace Shop;\npublic partial class Counter { private int _b; }\n";
            },
            Unrelated),
        ("first method of a partial type, in its second part",

            // Counter.A.cs holds the first part: a type with no method anywhere counts 1 there, for its implicit constructor.
            f => Replace(f, "src/Counter.B.cs", "private int _b;", "private int _b;\n    public int B() => _b;"),
            Unrelated),
        ("second method of a partial type, in its second part",
            f => Replace(f, "src/Counter.B.cs", "public int B() => _b;", "public int B() => _b;\n    public int C() => -_b;"),
            ["src/Counter.A.cs", .. Unrelated]),
        ("partial property added, in two parts",
            f =>
            {
                f["src/Gauge.cs"] = """
                    namespace Shop;
                    public partial class Gauge
                    {
                        public partial int Level { get; set; }
                        public int Read() => Level;
                    }
                    """;
                f["src/Gauge.Impl.cs"] = """
                    namespace Shop;
                    public partial class Gauge
                    {
                        private int _level;
                        public partial int Level { get => _level; set => _level = value; }
                    }
                    """;
            },
            Unrelated),
        ("other part of a partial property now uses the field keyword",

            // Level gets a backing field: in Gauge.cs it becomes instance state that Read uses.
            f => Replace(f, "src/Gauge.Impl.cs", "get => _level; set => _level = value;", "get => field; set => field = value;"),
            Unrelated),
        ("constructor added to a type reached only through a signature",

            // Checkout.cs reaches Amount through Prices.Zero's return type and creates none: it keeps its result.
            f => Replace(f, "src/Amounts.cs", "namespace Shop.Money { public class Amount { } }", "namespace Shop.Money { public class Amount { public Amount() { } public Amount(int cents) { } } }"),
            ["src/Checkout.cs", "src/Circle.cs", "src/Square.cs", "src/Geometry.cs", "src/Limits.cs", "src/Ledger.cs", "src/Report.cs", "src/Text.cs", "src/Shape.cs", "src/Sums.cs", "src/Entity.cs", "src/Tally.cs", "src/Counter.A.cs"]),
        ("target-typed new of a type reached only through a signature",
            f =>
            {
                f["src/Orders.cs"] = "namespace Shop;\npublic class Order { public Order() { } }\npublic static class Orders { public static int Place(Order order) => 1; }\n";
                f["src/Shopper.cs"] = "namespace Shop;\npublic class Shopper { public int Buy() => Orders.Place(new()); }\n";
            },
            ["src/Circle.cs", "src/Square.cs", "src/Geometry.cs", "src/Limits.cs", "src/Ledger.cs", "src/Report.cs", "src/Text.cs", "src/Shape.cs", "src/Sums.cs", "src/Entity.cs", "src/Tally.cs", "src/Counter.A.cs"]),
        ("constructor of a type created by a target-typed new changed",

            // Shopper.cs's new() now binds Order(Amount?) and passes a default Amount: it couples to Amount without naming Order or Amount.
            f => Replace(f, "src/Orders.cs", "public Order() { }", "public Order(Shop.Money.Amount? discount = null) { }"),
            ["src/Circle.cs", "src/Square.cs", "src/Geometry.cs", "src/Limits.cs", "src/Ledger.cs", "src/Report.cs", "src/Text.cs", "src/Shape.cs", "src/Sums.cs", "src/Entity.cs", "src/Tally.cs", "src/Counter.A.cs"]),
        ("operator added",
            f => Replace(f, "src/Shape.cs", "public abstract double Area();", "public abstract double Area();\n    public static Shape operator +(Shape a, Shape b) => a;"),
            []),
        ("global using added",
            f => f["src/Usings.cs"] = "global using System.Linq;\n",
            []),
        ("revert to the start",
            f => { f.Clear(); foreach (var (path, source) in Fixture) { f[path] = source; } },
            [.. Fixture.Keys]),
    ];

    [Fact]
    public async Task Rescan_EditSequence_EqualsAScanWithoutCacheAndReusesWhatCannotSeeTheEdit()
    {
        var cache = new CountingCache();
        var files = new Dictionary<string, string>(Fixture, StringComparer.Ordinal);
        await ScanAsync(files, cache);
        var failures = new List<string>();
        foreach (var (name, apply, reused) in Edits)
        {
            apply(files);
            var before = cache.Snapshot();
            var cached = await ScanAsync(files, cache);
            var fresh = await ScanAsync(files, cache: null);

            if (Canonical(fresh) != Canonical(cached))
            {
                failures.Add($"{name}: the cached rescan differs from a scan without cache");
            }

            var notReused = reused.Where(path => !cache.ReusedSince(before).Contains(path)).ToList();
            if (notReused.Count > 0)
            {
                failures.Add($"{name}: measured again although they cannot see the edit: {string.Join(", ", notReused)}");
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task Rescan_SignatureEditOfAnUnusedMember_ReusesEveryOtherFile()
    {
        var cache = new CountingCache();
        var files = new Dictionary<string, string>(Fixture, StringComparer.Ordinal);
        await ScanAsync(files, cache);

        Replace(files, "src/Limits.cs", "public static int Unused(int x)", "public static long Unused(long x)");
        var before = cache.Snapshot();
        await ScanAsync(files, cache);

        Assert.Equal(Fixture.Count - 1, cache.ReusedSince(before).Count);
        Assert.DoesNotContain("src/Limits.cs", cache.ReusedSince(before));
    }

    [Fact]
    public async Task Rescan_ImplicitlyBoundMemberChanged_EveryFileMeasuredAgain()
    {
        var cache = new CountingCache();
        var files = new Dictionary<string, string>(Fixture, StringComparer.Ordinal);
        files["src/Bag.cs"] = "namespace Shop;\npublic class Bag : System.Collections.IEnumerable { public System.Collections.IEnumerator GetEnumerator() => null!; public void Add(int x) { } }\n";
        await ScanAsync(files, cache);

        // A collection initialiser calls Add without naming it anywhere but here.
        Replace(files, "src/Bag.cs", "public void Add(int x)", "public void Add(long x)");
        var before = cache.Snapshot();
        await ScanAsync(files, cache);

        Assert.Empty(cache.ReusedSince(before));
    }

    [Fact]
    public async Task Rescan_AttributeClassChanged_FileThatAppliesItByShortNameMeasuredAgain()
    {
        var cache = new CountingCache();
        var files = new Dictionary<string, string>(Fixture, StringComparer.Ordinal)
        {
            ["src/MarkAttribute.cs"] = "namespace Shop;\npublic sealed class MarkAttribute(int level) : System.Attribute { public int Level { get; } = level; }\n",
        };
        Replace(files, "src/Report.cs", "public class Report", "[Mark(1)]\npublic class Report");
        await ScanAsync(files, cache);

        // [Mark] names MarkAttribute without its suffix.
        Replace(files, "src/MarkAttribute.cs", "(int level)", "(long level)");
        var before = cache.Snapshot();
        await ScanAsync(files, cache);

        Assert.DoesNotContain("src/Report.cs", cache.ReusedSince(before));
        Assert.Contains("src/Text.cs", cache.ReusedSince(before));
    }

    private static void Replace(Dictionary<string, string> files, string path, string from, string to)
    {
        Assert.Contains(from, files[path], StringComparison.Ordinal);
        files[path] = files[path].Replace(from, to, StringComparison.Ordinal);
    }

    private static Task<ScanResult> ScanAsync(Dictionary<string, string> files, IFileResultCache? cache) =>
        TestProjects.ScanAsync([TestProjects.Full("Shop", [.. files.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => (f.Key, f.Value))])], cache: cache);

    private static string Canonical(ScanResult scan) =>
        JsonSerializer.Serialize(scan with { Phases = [] });

    /// <summary>Remembers every result and which paths each lookup served.</summary>
    private sealed class CountingCache : IFileResultCache
    {
        private readonly ConcurrentDictionary<string, FileResult> _results = new();
        private readonly ConcurrentQueue<string> _hits = new();

        public int Snapshot() => _hits.Count;

        public HashSet<string> ReusedSince(int snapshot) => [.. _hits.Skip(snapshot)];

        public FileResult? TryGet(FileResultKey key)
        {
            if (_results.TryGetValue(key.Id, out var result))
            {
                _hits.Enqueue(result.Path);
                return result;
            }

            return null;
        }

        public void Add(FileResultKey key, FileResult result) => _results[key.Id] = result;
    }
}
