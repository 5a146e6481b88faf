using DebtRadar.Core.Model;
using Microsoft.CodeAnalysis;
using RuleSet = DebtRadar.Core.Rules.RuleSet;

namespace DebtRadar.Core.Scanning;

/// <summary>
/// Measures a document so that nesting no stack can hold ends as a diagnostic, not a dead process.
/// Roslyn's walkers and binder throw <see cref="InsufficientExecutionStackException"/> before the
/// stack runs out; the file is then measured again on a <see cref="LargeStackThread"/> thread, and only if
/// that fails too is it left unmeasured.
/// </summary>
internal static class GuardedAnalysis
{
    public const string TooDeepCode = "analysis.too-deep";

    /// <summary>Diagnostic code of a file whose semantic analysis threw inside the compiler.</summary>
    public const string CompilerFailedCode = "analysis.compiler-failed";

    /// <summary>
    /// Syntax trees deeper than this are not measured. Roslyn's binder and operation factory recurse
    /// per level without a guard in places; 10,000 levels took minutes or overflowed even the large stack.
    /// </summary>
    public const int MaxTreeDepth = 2000;

    /// <summary>Trees deeper than this are measured on a large-stack thread from the start.</summary>
    public const int LargeStackTreeDepth = 150;

    public static FileResult Analyze(DocumentInput document, Compilation? compilation, AnalysisMode mode, RuleSet rules, CancellationToken cancellationToken) =>
        Analyze(document, compilation, mode, rules, SharedWork.Sequential, cancellationToken);

    /// <summary>Measures <paramref name="document"/>, its members through <paramref name="memberLoop"/> unless it needs the large stack.</summary>
    /// <param name="document">The file to measure.</param>
    /// <param name="compilation">Its compilation; null in syntax-only mode.</param>
    /// <param name="mode">The mode recorded in the result.</param>
    /// <param name="rules">The rules to run on the file.</param>
    /// <param name="memberLoop">Runs the member measurements (see <see cref="SharedWork"/>); on the large stack they run in order on that thread.</param>
    /// <param name="cancellationToken">Stops the analysis.</param>
    public static FileResult Analyze(DocumentInput document, Compilation? compilation, AnalysisMode mode, RuleSet rules, IndexLoop memberLoop, CancellationToken cancellationToken)
    {
        var depth = TreeDepth(document.Tree.GetRoot(cancellationToken), MaxTreeDepth);
        if (depth > MaxTreeDepth)
        {
            return Unmeasured(document, mode, $"syntax nested more than {MaxTreeDepth} levels deep; the file was left out of the metrics");
        }

        if (depth > LargeStackTreeDepth)
        {
            return OnLargeStack(document, compilation, mode, rules, cancellationToken);
        }

        try
        {
            return DocumentAnalyzer.Analyze(document, compilation, mode, rules, memberLoop, cancellationToken);
        }
        catch (InsufficientExecutionStackException)
        {
            return OnLargeStack(document, compilation, mode, rules, cancellationToken);
        }
        catch (Exception ex) when (compilation is not null && ex is not OperationCanceledException)
        {
            return FromSyntax(document, rules, ex, cancellationToken);
        }
    }

    /// <summary>
    /// The compiler's binder can fail on mangled code (seen: an IndexOutOfRangeException inside
    /// <c>GetSymbolInfo</c> on a fuzzed file). That file is then measured from its syntax alone, with
    /// a diagnostic, instead of ending the whole scan.
    /// </summary>
    private static FileResult FromSyntax(DocumentInput document, RuleSet rules, Exception failure, CancellationToken cancellationToken)
    {
        var result = DocumentAnalyzer.Analyze(document, null, AnalysisMode.SyntaxOnly, rules, cancellationToken);
        return result with
        {
            Diagnostics = result.Diagnostics.Add(new ScanDiagnostic(
                Model.DiagnosticSeverity.Warning,
                CompilerFailedCode,
                $"the compiler failed on this file ({failure.GetType().Name}: {failure.Message}); it was measured from syntax only",
                document.RelativePath)),
        };
    }

    /// <summary>The depth of the deepest node, counted without recursion; stops once past <paramref name="limit"/>.</summary>
    public static int TreeDepth(SyntaxNode root, int limit)
    {
        var max = 0;
        var pending = new Stack<(SyntaxNode Node, int Depth)>();
        pending.Push((root, 1));
        while (pending.Count > 0)
        {
            var (node, depth) = pending.Pop();
            if (depth > max)
            {
                max = depth;
                if (max > limit)
                {
                    break;
                }
            }

            // The struct enumerator of the children, not ChildNodes(): no iterator object per node.
            foreach (var child in node.ChildNodesAndTokens())
            {
                if (child.AsNode() is { } childNode)
                {
                    pending.Push((childNode, depth + 1));
                }
            }
        }

        return max;
    }

    private static FileResult OnLargeStack(DocumentInput document, Compilation? compilation, AnalysisMode mode, RuleSet rules, CancellationToken cancellationToken)
    {
        try
        {
            return LargeStackThread.Run(() => DocumentAnalyzer.Analyze(document, compilation, mode, rules, cancellationToken));
        }
        catch (InsufficientExecutionStackException)
        {
            return Unmeasured(document, mode, "nested too deeply to measure; the file was left out of the metrics");
        }
    }

    private static FileResult Unmeasured(DocumentInput document, AnalysisMode mode, string message)
    {
        var text = document.Tree.GetText();
        return new FileResult(
            document.RelativePath,
            Convert.ToHexStringLower(text.GetContentHash().AsSpan()),
            mode,
            text.Lines.Count,
            0,
            0,
            [],
            [],
            [new ScanDiagnostic(Model.DiagnosticSeverity.Warning, TooDeepCode, message, document.RelativePath)]);
    }
}
