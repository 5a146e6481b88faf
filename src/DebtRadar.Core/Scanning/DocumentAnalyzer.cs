using System.Collections.Immutable;
using DebtRadar.Core.Metrics;
using DebtRadar.Core.Model;
using DebtRadar.Core.Rules;
using DebtRadar.Core.Rules.Detectors;
using RuleSet = DebtRadar.Core.Rules.RuleSet;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DebtRadar.Core.Scanning;

/// <summary>Measures one document: every member and type fragment in it, as a self-contained <see cref="FileResult"/>.</summary>
internal static class DocumentAnalyzer
{
    public static FileResult Analyze(DocumentInput document, Compilation? compilation, AnalysisMode mode, CancellationToken cancellationToken) =>
        Analyze(document, compilation, mode, RuleSet.None, cancellationToken);

    public static FileResult Analyze(DocumentInput document, Compilation? compilation, AnalysisMode mode, RuleSet rules, CancellationToken cancellationToken) =>
        Analyze(document, compilation, mode, rules, SharedWork.Sequential, cancellationToken);

    /// <param name="document">The file to measure.</param>
    /// <param name="compilation">Its compilation; null in syntax-only mode.</param>
    /// <param name="mode">The mode recorded in the result.</param>
    /// <param name="rules">The rules to run on the file.</param>
    /// <param name="memberLoop">
    /// Runs the per-member measurements, possibly on several threads (a large file's members are shared
    /// with idle workers); the results are combined in source order, so they do not depend on it.
    /// </param>
    /// <param name="cancellationToken">Stops the analysis.</param>
    public static FileResult Analyze(DocumentInput document, Compilation? compilation, AnalysisMode mode, RuleSet rules, IndexLoop memberLoop, CancellationToken cancellationToken)
    {
        var tree = document.Tree;
        var root = tree.GetRoot(cancellationToken);
        var text = tree.GetText(cancellationToken);
        var lines = LineMap.Of(text);
        var model = compilation?.GetSemanticModel(tree);
        var diagnostics = ImmutableArray.CreateBuilder<ScanDiagnostic>();

        var syntaxErrors = tree.GetDiagnostics(cancellationToken).Count(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
        if (syntaxErrors > 0)
        {
            diagnostics.Add(new ScanDiagnostic(Model.DiagnosticSeverity.Warning, "parse.syntax-errors",
                $"{syntaxErrors} syntax error(s); measured what parsed", document.RelativePath));
        }

        var discovered = MemberDiscovery.Find(root);
        var typeSymbols = new INamedTypeSymbol?[discovered.Length];
        var cohesionScopes = new CohesionScopes();
        var work = new List<(DiscoveredMember Member, int Type)>();
        for (var t = 0; t < discovered.Length; t++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            typeSymbols[t] = model?.GetDeclaredSymbol(discovered[t].Declaration, cancellationToken) as INamedTypeSymbol;
            foreach (var member in discovered[t].Members)
            {
                // The scope cohesion reads for the member, filled here so that the member loop only reads it.
                if (member.Declaration.FirstAncestorOrSelf<TypeDeclarationSyntax>() is { } declaration)
                {
                    cohesionScopes.For(declaration, typeSymbols[t]);
                }

                work.Add((member, t));
            }
        }

        var measuredMembers = new MeasuredMember[work.Count];
        memberLoop(work.Count, i =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (member, t) = work[i];
            measuredMembers[i] = MeasureMember(member, typeSymbols[t], model, lines, cohesionScopes, cancellationToken);
        });

        var types = ImmutableArray.CreateBuilder<TypeFragment>();
        var members = ImmutableArray.CreateBuilder<MemberResult>();
        var contexts = new List<(MemberContext, MemberResult)>(); // kept for the rules, so nothing is bound twice
        var next = 0;
        for (var t = 0; t < discovered.Length; t++)
        {
            var type = discovered[t];
            var typeSymbol = typeSymbols[t];
            var coupled = new Dictionary<string, TypeReference>(StringComparer.Ordinal);
            foreach (var reference in ClassCoupling.ForTypeDeclaration(type.Declaration, typeSymbol, model))
            {
                coupled.TryAdd(reference.Name, reference);
            }

            var cohesion = ImmutableArray.CreateBuilder<CohesionEntry>(type.Members.Length);
            foreach (var measured in measuredMembers.AsSpan(next, type.Members.Length))
            {
                foreach (var reference in measured.Coupling)
                {
                    coupled.TryAdd(reference.Name, reference);
                }

                members.Add(measured.Result);
                contexts.Add((measured.Context, measured.Result));
                cohesion.Add(measured.Cohesion);
            }

            next += type.Members.Length;
            types.Add(new TypeFragment(
                type.Name,
                type.Namespace,
                type.Kind,
                type.Line,
                type.StartLine,
                type.EndLine,
                IsAbstract(type.Declaration),
                InheritanceDepth.Compute(type.Declaration, typeSymbol),
                [.. coupled.Values.OrderBy(r => r.Name, StringComparer.Ordinal)],
                CyclomaticComplexity.ForTypeInitializers(type.Declaration, model),
                SourceLines.Compute(type.Declaration),
                Cohesion.InstanceFields(type.Declaration, typeSymbol),
                cohesion.MoveToImmutable())
            {
                MaintainabilityIndex = typeSymbol is { DeclaringSyntaxReferences.Length: 1 }
                    ? MaintainabilityIndex.ForTypeSymbol(typeSymbol, model)
                    : null,
            });
        }

        // One pass over the file's tokens for its clone fingerprint and nloc; it indexes the nodes the rules look for too.
        var index = !rules.Rules.IsEmpty && rules.Includes(document.RelativePath) && root is CompilationUnitSyntax ? SyntaxIndex.Empty() : null;
        var (tokens, nloc) = root is CompilationUnitSyntax unit
            ? Metrics.Clones.CloneTokenizer.FingerprintWithNloc(unit, index, lines)
            : (Metrics.Clones.CloneTokenizer.Fingerprint(root), Nloc.Compute(root));
        var result = new FileResult(
            document.RelativePath,
            Convert.ToHexStringLower(text.GetContentHash().AsSpan()),
            mode,
            text.Lines.Count,
            SourceLines.Compute(root),
            nloc,
            types.ToImmutable(),
            members.ToImmutable(),
            diagnostics.ToImmutable())
        {
            Tokens = tokens,
        };

        if (rules.Rules.IsEmpty)
        {
            return result;
        }

        // Rules run on the finished measurements, with the member contexts bound above and the file's node index.
        var file = index is null ? new FileContext(tree, root, model, result) : new FileContext(tree, root, model, result) { Syntax = index };
        return result with { Findings = RuleRunner.ForDocument(rules, file, contexts, cancellationToken) };
    }

    // One pair per thread, cleared for each member: their sets keep their room, and members of one file may be measured on several threads.
    [ThreadStatic]
    private static Metrics.Ms.MsSyntaxCoupling.Collector? couplingCollector;

    [ThreadStatic]
    private static CohesionUses.Collector? cohesionCollector;

    /// <summary>What one member contributes to its file's result.</summary>
    private readonly record struct MeasuredMember(MemberContext Context, MemberResult Result, ImmutableArray<TypeReference> Coupling, CohesionEntry Cohesion);

    /// <summary>Measures one member; reads <paramref name="cohesionScopes"/> only, so members can be measured at once.</summary>
    private static MeasuredMember MeasureMember(
        DiscoveredMember member,
        INamedTypeSymbol? typeSymbol,
        SemanticModel? model,
        LineMap lines,
        CohesionScopes cohesionScopes,
        CancellationToken cancellationToken)
    {
        var context = CreateContext(member, model, cancellationToken);

        // One walk of the member's syntax; syntax-only mode collects its coupling and cohesion facts in the same walk.
        var collects = !context.IsSemantic && ClassCoupling.IsCollectedByMemberWalk(member.Declaration);
        var walkedCoupling = collects ? couplingCollector ??= new() : null;
        var walkedCohesion = collects ? cohesionCollector ??= new() : null;
        walkedCoupling?.Clear();
        walkedCohesion?.Clear();
        var syntax = MemberSyntaxWalk.Measure(member.Declaration, lines, msSyntax: !context.IsSemantic, walkedCoupling, walkedCohesion);
        var memberCoupling = walkedCoupling is null
            ? ClassCoupling.ForMember(context)
            : ClassCoupling.FromMemberWalk(member.Declaration, walkedCoupling);
        var measured = new MemberResult(member.Type, member.Name, member.Kind, member.Line, member.StartLine, member.EndLine,
            Measure(context, syntax, memberCoupling.Length));
        return new MeasuredMember(context, measured, memberCoupling, Cohesion.Extract(context, member.Name, typeSymbol, cohesionScopes, walkedCohesion));
    }

    private static MemberContext CreateContext(DiscoveredMember member, SemanticModel? model, CancellationToken cancellationToken)
    {
        if (model is null)
        {
            return new MemberContext { Declaration = member.Declaration, Kind = member.Kind };
        }

        var symbol = member.Declaration is BaseTypeDeclarationSyntax primary
            ? (model.GetDeclaredSymbol(primary, cancellationToken) as INamedTypeSymbol)?.InstanceConstructors
                .FirstOrDefault(c => c.DeclaringSyntaxReferences.Any(r => r.GetSyntax(cancellationToken) == primary))
            : model.GetDeclaredSymbol(member.Declaration, cancellationToken) switch
            {
                IMethodSymbol method => method,
                IPropertySymbol property => property.GetMethod, // expression-bodied property: its getter
                _ => null,
            };

        return new MemberContext
        {
            Declaration = member.Declaration,
            Kind = member.Kind,
            SemanticModel = model,
            Symbol = symbol,
            OperationBlocks = OperationBlocks.For(member.Declaration, model, cancellationToken),
        };
    }

    private static MemberMetrics Measure(MemberContext member, MemberSyntaxFacts syntax, int coupling)
    {
        // Syntax-only mode takes MS's cc, volume and lines from the member's syntax walk, full mode
        // from the bound operations (cc before 0 becomes 1 feeds mi).
        var (rawCyclomatic, volume, executableLines, effectiveLines) = syntax.Ms is { } ms
            ? (ms.RawCyclomatic, ms.Volume, ms.ExecutableLines, ms.EffectiveLines)
            : SemanticCounts(member);
        return new MemberMetrics(
            Math.Max(1, rawCyclomatic),
            CognitiveComplexity.Compute(member),
            SourceLines.Compute(member.Declaration),
            executableLines,
            syntax.Nloc,
            ParameterCount.Compute(member.Declaration),
            syntax.Nesting,
            volume,
            syntax.Textbook,
            MaintainabilityIndex.Compute(volume, rawCyclomatic, effectiveLines),
            coupling)
        {
            Bumps = syntax.Bumps,
            ComplexConditionals = syntax.ComplexConditionals,
        };
    }

    private static (int RawCyclomatic, double Volume, int ExecutableLines, int EffectiveLines) SemanticCounts(MemberContext member)
    {
        var (volume, executableLines, effectiveLines) = HalsteadCounter.MsVolumeAndLineCounts(member);
        return (CyclomaticComplexity.Raw(member), volume, executableLines, effectiveLines);
    }

    private static bool IsAbstract(MemberDeclarationSyntax type) =>
        type is InterfaceDeclarationSyntax
        || type.Modifiers.Any(m => m.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.AbstractKeyword));
}
