namespace DebtRadar.Cli.Tests.Support;

/// <summary>Source files the CLI tests scan.</summary>
internal static class Samples
{
    /// <summary>
    /// 13 lines and a final line break: <c>Route(int, int)</c> at line 5 (cc 4, cognitive 3: if, &amp;&amp;, for),
    /// and an auto-property's two accessors at line 12 (cognitive 0).
    /// </summary>
    public const string Orders = """
        namespace Shop;

        public class Orders
        {
            public int Route(int a, int b)
            {
                if (a > b && b > 0) { return a; }
                for (var i = 0; i < b; i++) { a += i; }
                return a;
            }

            public int Count { get; set; }
        }

        """;
}
