namespace DebtRadar.Core.Tests.Metrics.Ms;

/// <summary>
/// Sources whose MS values were measured with Microsoft.CodeAnalysis.Metrics 5.6.0 (the same
/// classes compiled as a project; the numbers in the tests are its output).
/// </summary>
internal static class MsCases
{
    public const string Cc = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading.Tasks;

        public class CcCases
        {
            public int NotCounted(int? a, int[] xs, object o)
            {
                a ??= 1;
                try { a++; } catch (InvalidOperationException) when (a > 2) { a--; }
                foreach (var x in xs) { if (x == 0) continue; }
                var s = o switch { int i => i, string t when t.Length > 0 => 1, _ => 2 };
                var p = o is int and > 0 or string;
                goto end;
            end:
                return s + (p ? 1 : 0);
            }

            public bool Logic(bool a, bool b, int x, int y) => (a && b) || (a & b) | (a ^ b) && (x & y) > 0;

            public int Patterns(int[] v) => v is [1, .. var rest] && rest.Length > 0 ? rest[0] : v switch { [] => 0, [_, _] => 2, _ => 3 };

            public List<int> Collections(IEnumerable<int> e) => [.. e.Where(i => i > 0 && i < 10), 1, 2];

            public async Task<string?> Access(Task<string?> t, Dictionary<string, List<int>>? d)
            {
                var r = await t;
                return r?.Trim() ?? d?["x"]?.Count.ToString();
            }

            public void Nothing()
            {
            }

            public string Switches(int n)
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

                return "";
            }

            public int Lambdas(List<int> values)
            {
                int Local(int v) => v > 0 ? v : -v;
                return values.Where(v => v % 2 == 0 || v > 7).Select(Local).Sum();
            }
        }

        public class PrimaryWithInit(int limit, string name)
        {
            private readonly int max = limit > 0 ? limit : 10;
            public string Name { get; } = name ?? "none";
            public int Max => max;
        }

        public record Money(decimal Amount, string Currency)
        {
            public required string Note { get; init; }
            public Money Add(Money other) => this with { Amount = Amount + other.Amount };
        }

        public class Backed
        {
            private string? cache;
            public string Value
            {
                get => cache ??= Compute();
                set => cache = value;
            }

            private static string Compute() => "v";
        }

        public class Empty
        {
        }

        public static class EmptyStatic
        {
        }

        public interface IMarker { }
        public class Level1 { }
        public class Level2 : Level1, IMarker { }
        public sealed class Level3 : Level2 { }
        public record RecordBase(int X);
        public record RecordChild(int X, int Y) : RecordBase(X);
        public struct Plain { }
        public record struct Vector(int X, int Y);
        public interface IDerived : IMarker { }
        public enum Color { Red, Green = 5 }
        """;

    public const string Coupling = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading.Tasks;

        public class Coupled : IDisposable
        {
            public static Lazy<Dictionary<string, Uri>> Build(IEnumerable<KeyValuePair<string, string>> pairs, decimal factor, Task<int> t, Guid? id)
            {
                var dict = pairs.ToDictionary(p => p.Key, p => new Uri(p.Value));
                Console.WriteLine(Math.Round(factor) + DateTime.Now.Second);
                return new Lazy<Dictionary<string, Uri>>(() => dict);
            }

            public void Dispose() => GC.SuppressFinalize(this);
        }
        """;

    public const string Lines = """
        using System;
        using System.Threading;

        public class Lines
        {
            public int Statements(int a, int b = 2)
            {
                int x;
                int y = 1;
                x = a;
                if (a > 0)
                    x++;
                else if (a < 0)
                {
                    x--;
                }

                switch (x)
                {
                    case 1:
                        y++;
                        break;
                }

                for (var i = 0; i < 3; i++) { }
                return x + y;
            }

            /// <summary>Doc comments are part of MS's source lines.</summary>
            /// <param name="key">The key.</param>
            [Obsolete("use Put")]
            public int Summary(string key, int value = 42) =>
                key.Length > value
                    ? 1
                    : 2;

            public int Count =>
                Environment.ProcessorCount;
        }

        public abstract class Handler<T> where T : class
        {
            public abstract void Handle(T item, CancellationToken ct = default);
        }
        """;
}
