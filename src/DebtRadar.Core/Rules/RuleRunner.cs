using System.Collections.Immutable;
using DebtRadar.Core.Metrics;
using DebtRadar.Core.Model;
using DebtRadar.Core.Rules.Detectors;
using Microsoft.CodeAnalysis;

namespace DebtRadar.Core.Rules;

/// <summary>
/// Runs the active rules at each level of the scan and turns hits into findings: placed,
/// priced, fingerprinted, with in-source suppressions and the path filter applied.
/// </summary>
internal static class RuleRunner
{
    /// <summary>Member- and file-scope rules over one document, reusing the member contexts the metrics bound.</summary>
    public static ImmutableArray<Finding> ForDocument(
        RuleSet rules,
        FileContext file,
        IReadOnlyList<(MemberContext Context, MemberResult Measured)> members,
        CancellationToken cancellationToken)
    {
        var path = file.Measured.Path;
        if (rules.Rules.IsEmpty || !rules.Includes(path))
        {
            return [];
        }

        var suppressions = Suppressions.For(file.Root);
        var findings = ImmutableArray.CreateBuilder<Finding>();
        List<(MemberContext Context, MemberResult Measured)>? indexed = null; // the members reading the file's one shared walk
        foreach (var rule in rules.Rules)
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (DetectorRegistry.For(rule.Definition))
            {
                case IMemberDetector detector:
                    indexed ??= [.. members.Select(m => (m.Context.WithSyntax(file.Syntax), m.Measured))];
                    foreach (var (context, measured) in indexed)
                    {
                        foreach (var hit in detector.Detect(context, measured, rule))
                        {
                            Add(findings, rule, detector, hit, path, measured.Type, measured.Name, suppressions, context.Declaration);
                        }
                    }

                    break;
                case IFileDetector detector:
                    foreach (var hit in detector.Detect(file, rule))
                    {
                        var line = LineOf(hit);
                        var owner = file.Measured.Members.Where(m => m.StartLine <= line && line <= m.EndLine).MinBy(m => m.EndLine - m.StartLine);
                        var type = owner?.Type ?? file.Measured.Types.Where(t => t.StartLine <= line && line <= t.EndLine).MinBy(t => t.EndLine - t.StartLine)?.Name;
                        Add(findings, rule, detector, hit, path, type, owner?.Name, suppressions, hit.Node);
                    }

                    break;
            }
        }

        return [.. findings.OrderBy(f => f.Line).ThenBy(f => f.Column).ThenBy(f => f.RuleId, StringComparer.Ordinal)];
    }

    /// <summary>Type-scope rules over a project's aggregated types; trees (when still at hand) give in-source suppressions.</summary>
    public static ImmutableArray<Finding> ForTypes(
        RuleSet rules,
        IReadOnlyList<FileResult> files,
        IReadOnlyList<TypeResult> types,
        IReadOnlyDictionary<string, SyntaxTree> trees,
        CancellationToken cancellationToken)
    {
        var detectors = rules.Rules.Select(r => (Rule: r, Detector: DetectorRegistry.For(r.Definition) as ITypeDetector))
            .Where(p => p.Detector is not null).ToList();
        if (detectors.Count == 0)
        {
            return [];
        }

        var fragments = files.SelectMany(f => f.Types).ToLookup(t => t.Name, StringComparer.Ordinal);
        var findings = ImmutableArray.CreateBuilder<Finding>();
        var suppressions = new Dictionary<SyntaxTree, Suppressions>(); // one trivia walk per file, not per type
        foreach (var type in types.Where(t => rules.Includes(t.File)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var declaration = trees.TryGetValue(type.File, out var tree) ? FindTypeDeclaration(tree, type.Line, cancellationToken) : null;
            foreach (var (rule, detector) in detectors)
            {
                foreach (var hit in detector!.Detect(type, [.. fragments[type.Name]], rule))
                {
                    if (declaration is not null && IsSuppressed(suppressions, tree!, declaration, rule.Definition.Id, cancellationToken))
                    {
                        continue;
                    }

                    findings.Add(Create(rule, hit.Message, hit.Excess, type.File, type.Line, 1, type.Name, null, type.Name));
                }
            }
        }

        return findings.ToImmutable();
    }

    /// <summary>Namespace- and project-scope rules over the finished scan.</summary>
    public static ImmutableArray<Finding> ForScan(RuleSet rules, ScanResult scan)
    {
        var findings = ImmutableArray.CreateBuilder<Finding>();
        foreach (var rule in rules.Rules)
        {
            if (DetectorRegistry.For(rule.Definition) is IScanDetector detector)
            {
                foreach (var hit in detector.Detect(scan, rule))
                {
                    findings.Add(Create(rule, hit.Message, hit.Excess, hit.Path, hit.Line, hit.Line == 0 ? 0 : 1, hit.Type, hit.Member, hit.Subject));
                }
            }
        }

        return findings.ToImmutable();
    }

    private static void Add(
        ImmutableArray<Finding>.Builder findings,
        ActiveRule rule,
        IDetector detector,
        Hit hit,
        string path,
        string? type,
        string? member,
        Suppressions suppressions,
        SyntaxNode? scopeNode)
    {
        var span = hit.Location;
        var position = span?.SourceSpan.Start ?? 0;
        if (suppressions.IsSuppressed(rule.Definition.Id, position, hit.Scope ?? scopeNode)
            || detector.EquivalentIds.Any(id => suppressions.IsSuppressed(id, position, hit.Scope ?? scopeNode)))
        {
            return;
        }

        var start = span?.GetLineSpan().StartLinePosition;
        var line = start?.Line + 1 ?? 1;
        var column = start?.Character + 1 ?? 1;
        findings.Add(Create(rule, hit.Message, hit.Excess, path, line, column, type, member, hit.Anchor));
    }

    private static Finding Create(ActiveRule rule, string message, double excess, string path, int line, int column, string? type, string? member, string anchor) =>
        new(
            rule.Definition.Id,
            rule.Severity,
            rule.Definition.Category,
            path,
            line,
            column,
            type,
            member,
            message,
            Math.Round(rule.Definition.Remediation.Minutes(excess), 1),
            Fingerprint.Compute(rule.Definition.Id, path, type, member, anchor));

    private static int LineOf(Hit hit) => hit.Location?.GetLineSpan().StartLinePosition.Line + 1 ?? 1;

    private static Microsoft.CodeAnalysis.CSharp.Syntax.BaseTypeDeclarationSyntax? FindTypeDeclaration(SyntaxTree tree, int line, CancellationToken cancellationToken) =>
        tree.GetRoot(cancellationToken).DescendantNodes(n => n is Microsoft.CodeAnalysis.CSharp.Syntax.CompilationUnitSyntax
                or Microsoft.CodeAnalysis.CSharp.Syntax.BaseNamespaceDeclarationSyntax or Microsoft.CodeAnalysis.CSharp.Syntax.TypeDeclarationSyntax)
            .OfType<Microsoft.CodeAnalysis.CSharp.Syntax.BaseTypeDeclarationSyntax>()
            .FirstOrDefault(t => t.Identifier.GetLocation().GetLineSpan().StartLinePosition.Line + 1 == line);

    private static bool IsSuppressed(Dictionary<SyntaxTree, Suppressions> cache, SyntaxTree tree, SyntaxNode declaration, string ruleId, CancellationToken cancellationToken)
    {
        if (!cache.TryGetValue(tree, out var suppressions))
        {
            suppressions = Suppressions.For(tree.GetRoot(cancellationToken));
            cache[tree] = suppressions;
        }

        return suppressions.IsSuppressed(ruleId, declaration.SpanStart, declaration);
    }
}
