using System.Collections.Immutable;
using DebtRadar.Core.Model;

namespace DebtRadar.Benchmarks.Storage;

/// <summary>Made-up scan results shaped like a mid-sized solution: a few projects, members with every metric.</summary>
internal static class BenchmarkScans
{
    /// <summary>A new, not yet created folder under the temporary folder for one benchmark's database.</summary>
    public static string NewFolder() => Path.Combine(Path.GetTempPath(), "debtradar-bench-" + Guid.NewGuid().ToString("N"));

    public static ScanResult Create(int files, int version)
    {
        var rng = new Random(17);
        var projects = Enumerable.Range(0, 4).Select(p =>
        {
            var name = $"Project{p}";
            var fileResults = Enumerable.Range(0, files / 4).Select(f => File(rng, $"src/{name}/F{f:D5}.cs", version)).ToImmutableArray();
            var types = fileResults.SelectMany(f => f.Types).Select(t => new TypeResult(name, "x.cs", t.Line, t.Name, t.Kind, 8, 20, 21, 6, 2, 0.5, 1, 60, 120)).ToImmutableArray();
            return new ProjectResult(name, $"src/{name}/{name}.csproj", "net10.0", AnalysisMode.Full, [], fileResults, types, []);
        }).ToImmutableArray();
        return new ScanResult("Bench.sln", "/repo", projects, [], [], [], [], [], []);
    }

    public static SnapshotMetadataFactory Metadata { get; } = new();

    private static FileResult File(Random rng, string path, int version)
    {
        var type = "Bench." + Path.GetFileNameWithoutExtension(path);
        var members = Enumerable.Range(0, 8).Select(i => new MemberResult(
                type, $"M{i}(int, string)", MemberKind.Method, 10 + (i * 9), 9 + (i * 9), 17 + (i * 9),
                new MemberMetrics(rng.Next(1, 20), rng.Next(0, 30), 8, 5, 7, 2, 2, 300.5, new HalsteadMetrics(10, 12, 30, 40), rng.Next(30, 90), 4)))
            .ToImmutableArray();
        var fragment = new TypeFragment(
            type, "Bench", TypeKind.Class, 5, 4, 90, false, 1,
            [new TypeReference("System.String", "System", "System.Runtime"), new TypeReference("Bench.Other", "Bench", "Bench")],
            0, 85, ["_a", "_b"], [new CohesionEntry("M0(int, string)", ["_a"], ["M1(int, string)"])]);
        return new FileResult(path, $"{path.GetHashCode(StringComparison.Ordinal):x8}{version:D8}", AnalysisMode.Full, 100, 95, 80, [fragment], members, []);
    }
}

internal sealed class SnapshotMetadataFactory
{
    private int _n;

    public DebtRadar.Storage.SnapshotMetadata Next()
    {
        var at = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(Interlocked.Increment(ref _n));
        return new(at, at, at, "abc", "main", false, AnalysisMode.Full, "0.1.0", "cfg", ImmutableSortedDictionary<string, string>.Empty);
    }
}
