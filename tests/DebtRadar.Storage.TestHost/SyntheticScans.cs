using System.Collections.Immutable;
using System.Globalization;
using DebtRadar.Core.Model;
using DebtRadar.Storage;

namespace DebtRadar.Storage.TestHost;

/// <summary>Deterministic scan results of made-up solutions, varied enough to exercise every stored field.</summary>
public static class SyntheticScans
{
    public static ScanResult Create(int seed, int files = 20, string target = "Sample.sln", string root = "/repo")
    {
        var rng = new Random(seed);
        var projects = ImmutableArray.CreateBuilder<ProjectResult>();
        var projectCount = Math.Max(1, Math.Min(3, files / 5));
        for (var p = 0; p < projectCount; p++)
        {
            var name = $"Project{p}";
            var fileResults = Enumerable.Range(0, files / projectCount)
                .Select(f => File(rng, $"src/{name}/File{f:D4}.cs", rng.Next(1000)))
                .OrderBy(f => f.Path, StringComparer.Ordinal)
                .ToImmutableArray();
            var types = fileResults.SelectMany(f => f.Types.Select(t => new TypeResult(
                    name, f.Path, t.Line, t.Name, t.Kind, rng.Next(10), rng.Next(40), rng.Next(40), t.CoupledTypes.Length, t.DepthOfInheritance,
                    rng.Next(3) == 0 ? null : rng.NextDouble(), rng.Next(1, 4), rng.Next(101), t.SourceLines)))
                .ToImmutableArray();
            projects.Add(new ProjectResult(
                name,
                $"src/{name}/{name}.csproj",
                p == 0 ? null : "net10.0",
                Pick<AnalysisMode>(p),
                p == 0 ? [] : [$"Project{p - 1}"],
                fileResults,
                types,
                p == 1 ? [new ScanDiagnostic(DiagnosticSeverity.Warning, "load.unresolved", "3 references did not resolve", $"src/{name}/{name}.csproj")] : []));
        }

        return new ScanResult(
            target,
            root,
            projects.ToImmutable(),
            [new PackageMetrics("Sample.Core", 12, 3, 4, 5), new PackageMetrics(string.Empty, 1, 0, 0, 0)],
            [new PackageMetrics("Project0", 20, 4, 7, 0)],
            [["Sample.A", "Sample.B"]],
            [],
            [new ScanDiagnostic(DiagnosticSeverity.Info, "scan.note", "synthetic")],
            [new PhaseTiming("load", TimeSpan.FromTicks(123_456_789)), new PhaseTiming("analyse", TimeSpan.FromMilliseconds(42.5))]);
    }

    /// <summary>A file result whose every number follows from the path and the content version.</summary>
    public static FileResult File(Random rng, string path, int contentVersion)
    {
        ArgumentNullException.ThrowIfNull(rng);
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
            System.Text.Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{path}#{contentVersion}"))));
        var typeName = "Sample." + System.IO.Path.GetFileNameWithoutExtension(path);
        var members = Enumerable.Range(0, rng.Next(0, 12)).Select(i => new MemberResult(
                typeName,
                $"M{i}(int, string)",
                Pick<MemberKind>(i),
                10 + (i * 7),
                9 + (i * 7),
                15 + (i * 7),
                new MemberMetrics(
                    rng.Next(1, 30), rng.Next(0, 40), rng.Next(1, 80), rng.Next(0, 40), rng.Next(1, 60), rng.Next(0, 6), rng.Next(0, 5),
                    rng.NextDouble() * 900, new HalsteadMetrics(rng.Next(20), rng.Next(30), rng.Next(90), rng.Next(120)), rng.Next(0, 101), rng.Next(0, 15))))
            .ToImmutableArray();
        var type = new TypeFragment(
            typeName,
            "Sample",
            Pick<TypeKind>(rng.Next(100)),
            5,
            4,
            200,
            rng.Next(2) == 0,
            rng.Next(1, 5),
            [new TypeReference("System.Collections.Generic.List`1", "System.Collections.Generic", "System.Private.CoreLib"), new TypeReference("Sample.Other", "Sample", "Sample")],
            rng.Next(0, 3),
            rng.Next(10, 200),
            ["_count", "_name"],
            [new CohesionEntry("M0(int, string)", ["_count"], ["M1(int, string)"])]);
        return new FileResult(
            path,
            hash,
            Pick<AnalysisMode>(rng.Next(100)),
            rng.Next(10, 400),
            rng.Next(10, 390),
            rng.Next(5, 300),
            [type],
            members,
            rng.Next(5) == 0 ? [new ScanDiagnostic(DiagnosticSeverity.Warning, "parse.syntax-errors", "2 syntax errors", path)] : []);
    }

    private static T Pick<T>(int n)
        where T : struct, Enum
    {
        var values = Enum.GetValues<T>();
        return values[n % values.Length];
    }

    public static SnapshotMetadata Metadata(DateTimeOffset timestamp, string? commit = null, string configHash = "cfg1") => new(
        timestamp,
        timestamp,
        timestamp.AddSeconds(3.25),
        commit,
        commit is null ? null : "main",
        Dirty: commit is null,
        AnalysisMode.Full,
        "0.1.0",
        configHash,
        ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("cc.ms", "1"), KeyValuePair.Create("mi.ms", "1")]));
}
