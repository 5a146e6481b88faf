using System.Collections.Immutable;
using DebtRadar.Core.Model;

namespace DebtRadar.History.Tests.Support;

/// <summary>Scan results built by hand: only the identities and complexities hotspots read.</summary>
internal static class Scanned
{
    public static FileResult File(string path, params (string Type, string Name, int Cognitive, int Cyclomatic)[] members) =>
        new(
            path,
            "hash",
            AnalysisMode.SyntaxOnly,
            100,
            100,
            100,
            [],
            [.. members.Select((m, i) => new MemberResult(m.Type, m.Name, MemberKind.Method, i * 10 + 1, i * 10 + 1, i * 10 + 9, Metrics(m.Cognitive, m.Cyclomatic)))],
            ImmutableArray<ScanDiagnostic>.Empty);

    private static MemberMetrics Metrics(int cognitive, int cyclomatic) =>
        new(cyclomatic, cognitive, 9, 5, 8, 0, 1, 10, HalsteadMetrics.Empty, 70, 0);
}
