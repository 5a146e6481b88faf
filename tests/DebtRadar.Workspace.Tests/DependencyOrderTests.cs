using DebtRadar.Workspace.Projects;

namespace DebtRadar.Workspace.Tests;

public sealed class DependencyOrderTests
{
    [Fact]
    public void Sort_Chain_PutsDependenciesFirst()
    {
        var edges = new Dictionary<string, string[]> { ["App"] = ["Core", "Lib"], ["Lib"] = ["Core"], ["Core"] = [] };

        var (order, cycles) = DependencyOrder.Sort(["App", "Lib", "Core"], k => edges[k], StringComparer.Ordinal);

        Assert.Equal(["Core", "Lib", "App"], order.ToArray());
        Assert.Empty(cycles);
    }

    [Fact]
    public void Sort_IndependentProjects_KeepInputOrder()
    {
        var (order, _) = DependencyOrder.Sort(["B", "A", "C"], _ => [], StringComparer.Ordinal);

        Assert.Equal(["B", "A", "C"], order.ToArray());
    }

    [Fact]
    public void Sort_Cycle_TerminatesWithEveryNodeOnceAndReportsTheEdge()
    {
        var edges = new Dictionary<string, string[]> { ["A"] = ["B"], ["B"] = ["C"], ["C"] = ["A"] };

        var (order, cycles) = DependencyOrder.Sort(["A", "B", "C"], k => edges[k], StringComparer.Ordinal);

        Assert.Equal(["C", "B", "A"], order.ToArray());
        Assert.Equal([("C", "A")], cycles.ToArray());
    }

    [Fact]
    public void Sort_UnknownDependency_IsIgnored()
    {
        var (order, _) = DependencyOrder.Sort(["A"], _ => ["NotInSolution"], StringComparer.Ordinal);

        Assert.Equal(["A"], order.ToArray());
    }

    [Fact]
    public void Sort_LongChain_DoesNotOverflowTheStack()
    {
        var keys = Enumerable.Range(0, 100_000).ToList();

        var (order, _) = DependencyOrder.Sort(keys, k => k + 1 < keys.Count ? [k + 1] : [], EqualityComparer<int>.Default);

        Assert.Equal(keys.Count - 1, order[0]);
        Assert.Equal(0, order[^1]);
    }
}
