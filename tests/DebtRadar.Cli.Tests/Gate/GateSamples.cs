namespace DebtRadar.Cli.Tests.Gate;

/// <summary>Three states of one small repository: clean, debt added, the same debt moved.</summary>
internal static class GateSamples
{
    public const string Clean = """
        namespace Shop;

        public class Orders
        {
            public int Route(int a, int b)
            {
                if (a > b && b > 0) { return a; }
                return b;
            }
        }

        """;

    /// <summary>An empty catch (DR3001, warning), a TODO (DR5001) and an async void (DR2001, warning).</summary>
    public const string WithDebt = """
        namespace Shop;

        public class Orders
        {
            public int Route(int a, int b)
            {
                if (a > b && b > 0) { return a; }
                return b;
            }

            public void Legacy(string path)
            {
                try
                {
                    System.IO.File.Delete(path); // TODO: handle locked files
                }
                catch
                {
                }
            }
        }

        public class Helper
        {
            public async void Fire() { await System.Threading.Tasks.Task.Delay(1); }
        }

        """;

    /// <summary><c>Legacy</c> moved above <c>Route</c>, and <c>Helper</c> moved to its own file.</summary>
    public const string DebtMoved = """
        namespace Shop;

        public class Orders
        {
            // Kept for the old import job.
            public void Legacy(string path)
            {
                try
                {
                    System.IO.File.Delete(path); // TODO: handle locked files
                }
                catch
                {
                }
            }

            public int Route(int a, int b)
            {
                if (a > b && b > 0) { return a; }
                return b;
            }
        }

        """;

    public const string MovedHelper = """
        namespace Shop;

        public class Helper
        {
            public async void Fire() { await System.Threading.Tasks.Task.Delay(1); }
        }

        """;
}
