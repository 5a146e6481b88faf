using DebtRadar.Core.Metrics;
using DebtRadar.Core.Model;
using Microsoft.CodeAnalysis;

namespace DebtRadar.Core.Rules.Detectors;

/// <summary>One rule's detection logic; the catalog entry with the same id gives its parameters and cost.</summary>
internal interface IDetector
{
    string RuleId { get; }

    /// <summary>Compiler or analyzer ids whose <c>#pragma warning disable</c> also silences this rule (it reports the same thing).</summary>
    IReadOnlyList<string> EquivalentIds => [];
}

/// <summary>A rule over one member, with the member's bound operations (full mode) and its measurements.</summary>
internal interface IMemberDetector : IDetector
{
    IEnumerable<Hit> Detect(MemberContext member, MemberResult measured, ActiveRule rule);
}

/// <summary>A rule over one file's syntax tree (semantic model when there is one).</summary>
internal interface IFileDetector : IDetector
{
    IEnumerable<Hit> Detect(FileContext file, ActiveRule rule);
}

/// <summary>A rule over one aggregated type.</summary>
internal interface ITypeDetector : IDetector
{
    IEnumerable<Hit> Detect(TypeResult type, IReadOnlyList<TypeFragment> fragments, ActiveRule rule);
}

/// <summary>A rule over the whole scan (namespaces, projects).</summary>
internal interface IScanDetector : IDetector
{
    IEnumerable<ScanHit> Detect(ScanResult scan, ActiveRule rule);
}

/// <summary>A file as file-scope rules see it.</summary>
internal sealed record FileContext(SyntaxTree Tree, SyntaxNode Root, SemanticModel? Model, FileResult Measured)
{
    private SyntaxIndex? syntax;

    /// <summary>
    /// The one walk of <see cref="Root"/> that file and member detectors share: built on first use,
    /// unless the analysis filled it during a walk of its own.
    /// </summary>
    public SyntaxIndex Syntax
    {
        get => syntax ??= SyntaxIndex.Build(Root);
        init => syntax = value;
    }
}

/// <summary>
/// Where a rule fired. <see cref="Node"/> (or a position) places it and feeds the fingerprint;
/// <see cref="Excess"/> is how far over the threshold it is, in the rule's units.
/// </summary>
internal sealed record Hit(string Message, double Excess, SyntaxNode? Node = null, SyntaxToken? Token = null, SyntaxTrivia? Trivia = null)
{
    public static Hit At(SyntaxNode node, string message, double excess = 0) => new(message, excess, node);

    public static Hit At(SyntaxToken token, string message, double excess = 0) => new(message, excess, Token: token);

    public static Hit At(SyntaxTrivia trivia, string message) => new(message, 0, Trivia: trivia);

    public Location? Location => Node?.GetLocation() ?? Token?.GetLocation() ?? Trivia?.GetLocation();

    /// <summary>The flagged code with formatting removed, for the fingerprint.</summary>
    public string Anchor => Node is not null ? string.Join(' ', Node.DescendantTokens().Take(64).Select(t => t.Text))
        : Token?.Text ?? Trivia?.ToString().Trim() ?? string.Empty;

    /// <summary>The node whose enclosing declarations may carry a SuppressMessage.</summary>
    public SyntaxNode? Scope => Node ?? Token?.Parent ?? Trivia?.Token.Parent;
}

/// <summary>A scan-scope hit: a file to anchor it to (may be empty) and a subject name for the fingerprint.</summary>
internal sealed record ScanHit(string Subject, string Path, int Line, string Message, double Excess)
{
    /// <summary>The type the hit concerns, when it concerns one (solution-scope rules over members).</summary>
    public string? Type { get; init; }

    /// <summary>The member the hit concerns, as in the member CSV.</summary>
    public string? Member { get; init; }
}
