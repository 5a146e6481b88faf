using System.Collections.Immutable;
using DebtRadar.Core.Metrics;
using DebtRadar.Core.Model;

namespace DebtRadar.Core.Tests.Metrics.Packages;

public sealed class PackageDependenciesTests
{
    // Domain: Order (uses Money, Customer), IRepository (abstract, uses Order), Money.
    // App: Service (uses Order, IRepository, System.String), Program (uses Service).
    // Infra (project Infra): SqlRepository (uses IRepository, Order).
    private static readonly ImmutableArray<ProjectResult> Projects =
    [
        Project("Core", ["Infra"],
            Type("Shop.Domain.Order", "Shop.Domain", false, Ref("Shop.Domain.Money", "Core"), Ref("Shop.Domain.Customer", "Core")),
            Type("Shop.Domain.IRepository<T>", "Shop.Domain", true, Ref("Shop.Domain.Order", "Core")),
            Type("Shop.Domain.Money", "Shop.Domain", false),
            Type("Shop.Domain.Customer", "Shop.Domain", false),
            Type("Shop.App.Service", "Shop.App", false, Ref("Shop.Domain.Order", "Core"), Ref("Shop.Domain.IRepository`1", "Core"), Ref("System.String", "System.Runtime")),
            Type("Shop.App.Program", "Shop.App", false, Ref("Shop.App.Service", "Core"))),
        Project("Infra", [],
            Type("Shop.Infra.SqlRepository", "Shop.Infra", false, Ref("Shop.Domain.IRepository`1", "Core"), Ref("Shop.Domain.Order", "Core"))),
    ];

    [Fact]
    public void ByNamespace_CountsTypesOnEachSide()
    {
        var metrics = PackageDependencies.ByNamespace(Projects).ToDictionary(m => m.Name);

        Assert.Equal(["Shop.App", "Shop.Domain", "Shop.Infra"], metrics.Keys);
        var domain = metrics["Shop.Domain"];
        Assert.Equal((4, 1, 2, 0), (domain.Types, domain.AbstractTypes, domain.Afferent, domain.Efferent));
        Assert.Equal(0.25, domain.Abstractness);
        Assert.Equal(0.0, domain.Instability);
        Assert.Equal(0.75, domain.Distance);
        var app = metrics["Shop.App"];
        Assert.Equal((2, 0, 0, 1), (app.Types, app.AbstractTypes, app.Afferent, app.Efferent));
        Assert.Equal(1.0, app.Instability);
    }

    [Fact]
    public void ByProject_OnlyCrossProjectReferences()
    {
        var metrics = PackageDependencies.ByProject(Projects).ToDictionary(m => m.Name);

        Assert.Equal((6, 1, 1, 0), (metrics["Core"].Types, metrics["Core"].AbstractTypes, metrics["Core"].Afferent, metrics["Core"].Efferent));
        Assert.Equal((1, 0, 0, 1), (metrics["Infra"].Types, metrics["Infra"].AbstractTypes, metrics["Infra"].Afferent, metrics["Infra"].Efferent));
    }

    [Fact]
    public void NestedGenericDeclaration_MatchesMetadataReference()
    {
        var project = Project("P", [],
            Type("A.Outer<T, U>.Inner", "A", false),
            Type("B.User", "B", false, Ref("A.Outer`2+Inner", "P")));

        var a = PackageDependencies.ByNamespace([project]).Single(m => m.Name == "A");

        Assert.Equal(1, a.Afferent);
    }

    [Fact]
    public void PartialFragments_OneType()
    {
        var project = Project("P", [],
            Type("N.A", "N", false, Ref("M.B", "P")),
            Type("N.A", "N", true),
            Type("M.B", "M", false));

        var n = PackageDependencies.ByNamespace([project]).Single(m => m.Name == "N");

        Assert.Equal((1, 1, 0, 1), (n.Types, n.AbstractTypes, n.Afferent, n.Efferent));
    }

    [Fact]
    public void NamespaceGraph_CycleFound()
    {
        var project = Project("P", [],
            Type("A.X", "A", false, Ref("B.Y", "P")),
            Type("B.Y", "B", false, Ref("C.Z", "P")),
            Type("C.Z", "C", false, Ref("A.X", "P")),
            Type("D.W", "D", false, Ref("A.X", "P")));

        var cycles = PackageDependencies.Cycles(PackageDependencies.NamespaceGraph([project]));

        Assert.Equal<string>(["A", "B", "C"], Assert.Single(cycles));
    }

    [Fact]
    public void Cycles_SelfLoopsAndSeveralComponents_SortedWithin()
    {
        var graph = new Dictionary<string, IReadOnlyCollection<string>>
        {
            ["z"] = ["y"],
            ["y"] = ["z"],
            ["self"] = ["self", "a"],
            ["a"] = ["b"],
            ["b"] = [],
        };

        var cycles = PackageDependencies.Cycles(graph);

        Assert.Equal(2, cycles.Length);
        Assert.Equal<string>(["self"], cycles[0]);
        Assert.Equal<string>(["y", "z"], cycles[1]);
    }

    [Fact]
    public void Cycles_LongChain_NoStackOverflow()
    {
        const int n = 200_000;
        var graph = Enumerable.Range(0, n).ToDictionary(
            i => i.ToString("D6", System.Globalization.CultureInfo.InvariantCulture),
            i => (IReadOnlyCollection<string>)[((i + 1) % n).ToString("D6", System.Globalization.CultureInfo.InvariantCulture)]);

        var cycle = Assert.Single(PackageDependencies.Cycles(graph));

        Assert.Equal(n, cycle.Length);
        Assert.Equal("000000", cycle[0]);
    }

    [Fact]
    public void Cycles_Acyclic_None() =>
        Assert.Empty(PackageDependencies.Cycles(new Dictionary<string, IReadOnlyCollection<string>> { ["a"] = ["b"], ["b"] = ["c"] }));

    private static TypeReference Ref(string name, string assembly) =>
        new(name, name[..name.LastIndexOf('.')], assembly);

    private static TypeFragment Type(string name, string ns, bool isAbstract, params TypeReference[] refs) =>
        new(name, ns, isAbstract ? TypeKind.Interface : TypeKind.Class, 1, 1, 1, isAbstract, 1, [.. refs], 0, 1, [], []);

    private static ProjectResult Project(string name, string[] references, params TypeFragment[] types) =>
        new(name, name + ".csproj", "net10.0", AnalysisMode.Full, [.. references],
            [new FileResult(name + "/F.cs", "hash", AnalysisMode.Full, 1, 1, 1, [.. types], [], [])], [], []);
}
