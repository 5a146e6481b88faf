using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DebtRadar.Workspace.MSBuild;

/// <summary>
/// A compilation that is measured, never emitted as a product, gets no analyzers, additional files or
/// analyzer config files (docs/decisions/0041); its source generators run (generated partial members
/// change what a type measures). And nullable flow analysis is switched off. Binding a body for its operation tree otherwise runs Roslyn's nullable
/// walker over it (about 8 % of a full scan of NodaTime) to compute flow states and warnings that no
/// metric reads — every symbol comparison in the metrics ignores nullability
/// (<see cref="SymbolEqualityComparer.Default"/>), and names come from symbols, not flow states.
/// Declared annotations (<c>string?</c> in a signature) are unaffected.
/// </summary>
internal static class MeasurementOptions
{
    private const string NullableAnalysisFeature = "run-nullable-analysis";

    public static ParseOptions? For(ParseOptions? options) =>
        options is CSharpParseOptions csharp && !csharp.Features.ContainsKey(NullableAnalysisFeature)
            ? csharp.WithFeatures([.. csharp.Features, new(NullableAnalysisFeature, "never")])
            : options;

    public static ProjectInfo For(ProjectInfo info)
    {
        // Source generators stay (DirectCompilation runs them): their output can change what a type measures.
        var stripped = info.WithAdditionalDocuments([]).WithAnalyzerConfigDocuments([]);
        return stripped.ParseOptions is null ? stripped : stripped.WithParseOptions(For(stripped.ParseOptions)!);
    }
}
