using System.Runtime.CompilerServices;
using DebtRadar.Core.Health;
using DebtRadar.Core.Metrics.Ms;
using DebtRadar.Core.Metrics.Sonar;
using DebtRadar.Core.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DebtRadar.Core.Metrics;

/// <summary>The member metrics that <see cref="MemberSyntaxWalk"/> computes in one walk.</summary>
/// <param name="Nloc"><c>loc.nloc</c>, as <see cref="Metrics.Nloc"/>.</param>
/// <param name="Textbook">Textbook Halstead counts, as <see cref="HalsteadCounter.Textbook"/>.</param>
/// <param name="Nesting"><c>nesting.max</c>, as <see cref="NestingDepth"/>.</param>
/// <param name="Bumps">Bumpy-road bumps, as <see cref="BumpyRoad"/>.</param>
/// <param name="ComplexConditionals">Complex conditionals, as <see cref="Health.ComplexConditionals"/>.</param>
/// <param name="Ms">The syntax-only MS metrics; null when the walk was asked for the syntax-mode metrics only.</param>
internal sealed record MemberSyntaxFacts(
    int Nloc,
    HalsteadMetrics Textbook,
    int Nesting,
    int Bumps,
    int ComplexConditionals,
    MsSyntaxFacts? Ms);

/// <summary>The syntax-only approximations of MS's member metrics (<see cref="MsSyntax"/>, <see cref="MsSyntaxHalstead"/>).</summary>
/// <param name="RawCyclomatic">cc before 0 becomes 1, as <see cref="MsSyntax.Cyclomatic"/>.</param>
/// <param name="ExecutableLines">As <see cref="MsSyntax.Lines"/>.</param>
/// <param name="EffectiveLines">As <see cref="MsSyntax.Lines"/>.</param>
/// <param name="Volume">As <see cref="MsSyntaxHalstead.Volume"/>.</param>
internal sealed record MsSyntaxFacts(int RawCyclomatic, int ExecutableLines, int EffectiveLines, double Volume);

/// <summary>
/// One walk over a member's syntax for every member metric that is a count over its nodes or
/// tokens: <c>loc.nloc</c>, textbook Halstead, <c>nesting.max</c>, bumps, complex conditionals and,
/// in syntax-only mode, MS's cyclomatic complexity, executable lines and volume. Each metric keeps
/// its own definition (and its own entry point, which walks on its own); this walk feeds the same
/// per-node and per-token rules from a single pre-order pass, so a member's syntax is read once
/// instead of once per metric.
/// </summary>
/// <remarks>
/// The pass covers the member's measured code (<see cref="MeasuredCode.Of"/>): the whole
/// declaration, or a primary constructor's parameter list and base arguments. The code MS walks
/// (<see cref="MsSyntax.CodeOf"/>: body, arrow clause, constructor initializer, parameter defaults)
/// always lies inside it, so the walk knows at each node whether it is in that code.
/// </remarks>
internal sealed class MemberSyntaxWalk
{
    // The counters' sets, kept from one member to the next on each thread: a member's sets would
    // otherwise be allocated and grown again for every member.
    [ThreadStatic]
    private static Counters? spare;

    private readonly LineMap lines;
    private readonly bool msSyntax;
    private readonly Counters counters;
    private readonly List<SyntaxNode> codeRoots;
    private readonly HalsteadCounter.TextbookCounter textbook;
    private readonly MsSyntaxHalstead.Counter? volume;
    private readonly MsSyntaxCoupling.Collector? coupling;
    private readonly CohesionUses.Collector? cohesion;

    private readonly SyntaxNode declaration;
    private readonly bool skipsOwnAttributes;

    // Where the walk is.
    private bool inCode;
    private bool inParameterDefault;
    private bool inOwnAttributes;
    private int depth;

    // What it has counted.
    private int nloc;
    private int lastCountedLine = -1;
    private int maxDepth;
    private int outerDepth;
    private int bumps;
    private int complexConditionals;
    private int cyclomatic;
    private int executable;
    private int initializers;

    private MemberSyntaxWalk(SyntaxNode declaration, LineMap lines, bool msSyntax, MsSyntaxCoupling.Collector? coupling, CohesionUses.Collector? cohesion)
    {
        this.declaration = declaration;
        this.coupling = coupling;
        this.cohesion = cohesion;
        this.lines = lines;
        this.msSyntax = msSyntax;
        counters = spare ?? new Counters();
        spare = null; // a walk that starts while this one runs gets counters of its own
        counters.Clear();
        textbook = counters.Textbook;
        volume = msSyntax ? counters.Volume : null;
        codeRoots = counters.CodeRoots;
        skipsOwnAttributes = declaration is MemberDeclarationSyntax or AccessorDeclarationSyntax or LocalFunctionStatementSyntax;
        codeRoots.AddRange(MsSyntax.CodeOf(declaration));
    }

    /// <summary>Measures <paramref name="declaration"/> (a discovered member's node).</summary>
    /// <param name="declaration">The member's declaration node.</param>
    /// <param name="lines">The lines of its tree's text (<see cref="LineMap.Of"/>).</param>
    /// <param name="msSyntax">Whether to compute the syntax-only MS metrics too (syntax-only mode).</param>
    /// <param name="coupling">
    /// Collects the syntax-only coupling from the same nodes when given (only for a declaration
    /// <see cref="ClassCoupling.IsCollectedByMemberWalk"/> accepts; finished by <see cref="ClassCoupling.FromMemberWalk"/>).
    /// </param>
    /// <param name="cohesion">Collects what syntactic cohesion reads from the same nodes when given (same condition).</param>
    public static MemberSyntaxFacts Measure(
        SyntaxNode declaration,
        LineMap lines,
        bool msSyntax,
        MsSyntaxCoupling.Collector? coupling = null,
        CohesionUses.Collector? cohesion = null)
    {
        var walk = new MemberSyntaxWalk(declaration, lines, msSyntax, coupling, cohesion);
        foreach (var root in MeasuredCode.Of(declaration))
        {
            walk.Visit(root);
        }

        MsSyntaxFacts? ms = null;
        if (msSyntax)
        {
            var cc = (MsSyntax.HasBody(declaration) ? 1 : 0) + walk.cyclomatic;
            var executable = walk.executable + MsSyntax.AttributeLines(declaration);
            ms = new MsSyntaxFacts(cc, executable, executable + walk.initializers, walk.volume!.Volume);
        }

        var facts = new MemberSyntaxFacts(walk.nloc, walk.textbook.Result, walk.maxDepth, walk.bumps, walk.complexConditionals, ms);
        walk.counters.CodeRoots.Clear(); // kept counters hold no node, so no tree stays alive through them
        spare = walk.counters;
        return facts;
    }

    private void Visit(SyntaxNode node)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();

        var entersCode = !inCode && codeRoots.Count > 0 && codeRoots.Contains(node);
        if (entersCode)
        {
            inCode = true;
            if (msSyntax)
            {
                switch (node)
                {
                    case EqualsValueClauseSyntax:
                        // A parameter default is one line and one initialiser; what is inside adds no lines.
                        inParameterDefault = true;
                        executable++;
                        initializers++;
                        break;
                    case ArrowExpressionClauseSyntax:
                        executable++;
                        break;
                }
            }
        }
        else if (inCode && msSyntax && !inParameterDefault)
        {
            executable += MsSyntax.ExecutableLinesOf(node);
        }

        if (inCode && msSyntax)
        {
            cyclomatic += MsSyntax.ConditionalLogicOf(node);
            volume!.Add(node);
        }

        coupling?.Add(node);
        cohesion?.Add(node);
        if (ComplexConditionals.IsComplex(node))
        {
            complexConditionals++;
        }

        var opensLevel = NestingDepth.OpensLevel(node);
        if (opensLevel)
        {
            depth++;
            maxDepth = Math.Max(maxDepth, depth);
            outerDepth = depth == 1 ? 1 : Math.Max(outerDepth, depth);
        }

        var wasInOwnAttributes = inOwnAttributes;
        if (node is AttributeListSyntax)
        {
            // Nloc leaves out the member's own attribute lists (its function starts at the name).
            inOwnAttributes = skipsOwnAttributes && node.Parent == declaration;
        }

        foreach (var child in node.ChildNodesAndTokens())
        {
            if (child.IsNode)
            {
                Visit(child.AsNode()!);
            }
            else
            {
                Token(child.AsToken());
            }
        }

        inOwnAttributes = wasInOwnAttributes;
        if (opensLevel)
        {
            if (depth == 1 && outerDepth >= 2)
            {
                bumps++;
            }

            depth--;
        }

        if (entersCode)
        {
            inCode = false;
            inParameterDefault = false;
        }
    }

    private void Token(SyntaxToken token)
    {
        if (inCode)
        {
            textbook.Add(token);
        }

        var span = token.Span;
        if (span.IsEmpty || inOwnAttributes)
        {
            return;
        }

        // Tokens come in source order: a line is new exactly when it is past the last one counted.
        var (start, end) = lines.LinesOf(span);
        var first = Math.Max(start, lastCountedLine + 1);
        if (end >= first)
        {
            nloc += end - first + 1;
            lastCountedLine = end;
        }
    }

    private sealed class Counters
    {
        public List<SyntaxNode> CodeRoots { get; } = [];

        public HalsteadCounter.TextbookCounter Textbook { get; } = new();

        public MsSyntaxHalstead.Counter Volume { get; } = new();

        public void Clear()
        {
            CodeRoots.Clear();
            Textbook.Clear();
            Volume.Clear();
        }
    }
}
