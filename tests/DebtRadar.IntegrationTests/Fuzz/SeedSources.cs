namespace DebtRadar.IntegrationTests.Fuzz;

/// <summary>Well-formed C# that the mutator starts from: every construct a metric or rule looks at.</summary>
internal static class SeedSources
{
    public static IReadOnlyList<string> All { get; } =
    [
        """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading;
        using System.Threading.Tasks;

        namespace Shop.Orders;

        public sealed class OrderService(IRepository repository) : IDisposable
        {
            private readonly object gate = new();
            public int Count;

            public async Task<int> RouteAsync(int a, int b, CancellationToken token)
            {
                if (a > b && b > 0 || a == 3) { return a; }
                for (var i = 0; i < b; i++) { a += i; }
                foreach (var x in Enumerable.Range(0, a).Where(n => n % 2 == 0)) { a ^= x; }
                while (a > 100) { a /= 2; }
                do { a++; } while (a < 3);
                try { await Task.Delay(1, token); }
                catch (Exception) { }
                finally { Count++; }
                lock (this) { Thread.Sleep(1); }
                return a switch { 0 => 1, > 10 and < 20 => 2, _ => a ?? 0 };
            }

            public async void Fire() => await Task.Yield();

            public string Concat(IEnumerable<string> items)
            {
                var s = "";
                foreach (var item in items) { s += item; }
                GC.Collect();
                return s;
            }

            // TODO: remove this hack
            public void Dispose() => throw new NotImplementedException();

            public int this[int i] { get => i; set { if (value > 0) Count = value; } }

            public event EventHandler? Changed { add { } remove { } }

            public static OrderService operator +(OrderService a, OrderService b) => a;

            public static implicit operator int(OrderService s) => s.Count;
        }

        public interface IRepository { Task<int> LoadAsync(); }

        public record struct Point(int X, int Y);

        public enum Colour { Red, Green = 3 }

        public delegate int Transformer<T>(T value);
        """,
        """
        namespace Legacy
        {
            using System;

            internal partial class Parser
            {
                partial void OnParsed();

                private static int Depth(string text)
                {
                    int depth = 0, max = 0;
                    for (int i = 0; i < text.Length; i++)
                    {
                        switch (text[i])
                        {
                            case '(':
                                depth++;
                                if (depth > max) { max = depth; }
                                break;
                            case ')':
                                depth--;
                                goto default;
                            default:
                                continue;
                        }
                    }

                    Func<int, int> twice = x => x * 2;
                    int Local(int y) => y > 0 ? Local(y - 1) : 0;
                    return twice(max) + Local(max) + (text?.Length ?? 0);
                }

                public object Locate() => ServiceLocator.Current.GetInstance(typeof(Parser));

                public int Wait(System.Threading.Tasks.Task<int> t) => t.Result + t.GetAwaiter().GetResult();

                ~Parser() { }

                static Parser() { }
            }

            public static class Extensions
            {
                extension(string s)
                {
                    public bool IsBlank => string.IsNullOrWhiteSpace(s);
                }
            }
        }
        """,
        """"
        #nullable enable
        #if DEBUG
        [assembly: System.Reflection.AssemblyDescription("x")]
        #endif
        using static System.Math;

        [System.CodeDom.Compiler.GeneratedCode("tool", "1")]
        class Generated { void M() { } }

        class Program
        {
            static int Main(string[] args)
            {
                var query = from a in args where a.Length > Max(1, 2) select $"{a,10:x} {{ }} {a}";
                var tuple = (a: 1, b: "2");
                object o = tuple;
                if (o is (int x, string y) { } && x > 0) { return x; }
                int[] data = [1, 2, .. args.Select(int.Parse)];
                var text = """
                    raw "string" with {braces}
                    """;
                unsafe { int* p = null; }
                checked { return data.Length + text.Length; }
            }
        }
        """",
    ];
}
