using DebtRadar.Core.Metrics;
using DebtRadar.Core.Model;
using DebtRadar.Core.Scanning;
using DebtRadar.Core.Tests.Support;

namespace DebtRadar.Core.Tests.Metrics.Ms;

/// <summary>
/// The fixture under tests/TestAssets/Golden/MsMetrics measured by DebtRadar and by the reference
/// tool (Microsoft.CodeAnalysis.Metrics 5.6.0, its output committed as MsMetrics.Metrics.xml).
/// </summary>
public sealed class GoldenMsMetricsTests
{
    private static readonly string Fixture = Path.Combine(RepositoryRoot(), "tests", "TestAssets", "Golden", "MsMetrics");

    // Deliberate differences, each explained in docs/reference-agreement-ms.md: MS reports a partial
    // method at its bodiless defining declaration, DebtRadar at the implementing one.
    private static readonly HashSet<string> Known = ["Shapes.cs:OnChanged"];

    [Fact]
    public void Members_GoldenFixture_MatchReferenceCcMiCouplingAndLines() => AssertMembersMatch(miFromAnalyzer: false);

    [Fact]
    public void DocumentAnalyzer_MiOfMembersWithParameterDefaults_MatchesReference() => AssertMembersMatch(miFromAnalyzer: true);

    private static void AssertMembersMatch(bool miFromAnalyzer)
    {
        var (reference, _) = MsReport.Read(Path.Combine(Fixture, "MsMetrics.Metrics.xml"));
        var members = Analyze().SelectMany(f => f.Members.Select(m => (File: Path.GetFileName(f.Path), Member: m))).ToList();
        var exactMi = ExactMaintainabilityIndex();

        var mismatches = new List<string>();
        var matched = 0;
        foreach (var (file, member) in members)
        {
            if (Known.Contains($"{file}:{member.Name.Split('(')[0]}"))
            {
                continue;
            }

            var row = Match(reference, file, member);
            if (row is null)
            {
                mismatches.Add($"{file}:{member.Line} {member.Name}: no reference row");
                continue;
            }

            matched++;
            var ours = new Dictionary<string, int>
            {
                ["CyclomaticComplexity"] = member.Metrics.Cyclomatic,
                ["MaintainabilityIndex"] = miFromAnalyzer ? member.Metrics.MaintainabilityIndex : exactMi[(file, member.Line, member.Name)],
                ["ClassCoupling"] = member.Metrics.Coupling,
                ["SourceLines"] = member.Metrics.SourceLines,
                ["ExecutableLines"] = member.Metrics.ExecutableLines,
            };
            foreach (var (metric, value) in ours)
            {
                if (row.Metrics[metric] != value)
                {
                    mismatches.Add($"{file}:{member.Line} {member.Name} {metric}: reference {row.Metrics[metric]}, DebtRadar {value}");
                }
            }
        }

        Assert.True(matched > 60, $"only {matched} members matched");
        Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches));
    }

    [Fact]
    public void Types_GoldenFixture_MatchReferenceDitAndCoupling()
    {
        var (_, reference) = MsReport.Read(Path.Combine(Fixture, "MsMetrics.Metrics.xml"));
        var types = TypeAggregation.Aggregate("MsMetrics", Analyze());
        var mismatches = new List<string>();
        var matched = 0;
        foreach (var type in types)
        {
            var row = reference.FirstOrDefault(r => r.Name == type.Name);
            if (row is null)
            {
                mismatches.Add($"{type.Name}: no reference row");
                continue;
            }

            matched++;
            Compare(type.Name, "DepthOfInheritance", row.Metrics["DepthOfInheritance"], type.DepthOfInheritance, mismatches);
            Compare(type.Name, "ClassCoupling", row.Metrics["ClassCoupling"], type.Coupling, mismatches);
            Compare(type.Name, "CyclomaticComplexity", row.Metrics["CyclomaticComplexity"], type.Cyclomatic, mismatches);
            Compare(type.Name, "SourceLines", row.Metrics["SourceLines"], type.SourceLines, mismatches);
        }

        Assert.True(matched > 20, $"only {matched} types matched");
        Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches));
    }

    private static void Compare(string name, string metric, int expected, int actual, List<string> mismatches)
    {
        if (expected != actual)
        {
            mismatches.Add($"{name} {metric}: reference {expected}, DebtRadar {actual}");
        }
    }

    internal static MsMethodRow? Match(List<MsMethodRow> reference, string file, MemberResult member)
    {
        var accessor = member.Kind switch
        {
            MemberKind.Getter => "get",
            MemberKind.Setter => "set",
            MemberKind.Init => "init",
            MemberKind.Adder => "add",
            MemberKind.Remover => "remove",
            _ => "",
        };
        var candidates = reference.Where(r => r.File == file && r.Accessor == accessor).ToList();
        return candidates.FirstOrDefault(r => r.Line == member.Line)
            ?? candidates.FirstOrDefault(r => r.OwnerLine == member.Line);
    }

    private static List<FileResult> Analyze()
    {
        var project = Project();
        return [.. project.Documents.Select(d => DocumentAnalyzer.Analyze(d, project.Compilation, AnalysisMode.Full, CancellationToken.None))];
    }

    // MaintainabilityIndex.ForMember over the members DocumentAnalyzer measures, keyed like its rows.
    private static Dictionary<(string, int, string), int> ExactMaintainabilityIndex()
    {
        var project = Project();
        var result = new Dictionary<(string, int, string), int>();
        foreach (var document in project.Documents)
        {
            var model = project.Compilation!.GetSemanticModel(document.Tree);
            foreach (var member in MemberDiscovery.Find(document.Tree.GetRoot()).SelectMany(t => t.Members))
            {
                var context = new MemberContext
                {
                    Declaration = member.Declaration,
                    Kind = member.Kind,
                    SemanticModel = model,
                    OperationBlocks = OperationBlocks.For(member.Declaration, model, CancellationToken.None),
                };
                result[(Path.GetFileName(document.RelativePath), member.Line, member.Name)] = MaintainabilityIndex.ForMember(context);
            }
        }

        return result;
    }

    private static ProjectInput Project()
    {
        var files = Directory.GetFiles(Fixture, "*.cs").Order(StringComparer.Ordinal)
            .Select(p => (Path.GetFileName(p), File.ReadAllText(p))).ToArray();
        return TestProjects.Full("MsMetrics", files);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DebtRadar.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("repository root not found");
    }
}
