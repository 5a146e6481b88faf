using System.Collections.Immutable;
using DebtRadar.Core.Metrics;
using DebtRadar.Core.Model;
using DebtRadar.Core.Scanning;
using Microsoft.CodeAnalysis;

namespace DebtRadar.Benchmarks.Support;

/// <summary>
/// Every member and type of a corpus, prepared as the document analyzer prepares them, so a metric
/// benchmark times the metric alone. Full mode binds the operation blocks up front.
/// </summary>
internal sealed class MemberSet
{
    /// <summary>Metric benchmarks measure members of a corpus of this size.</summary>
    public const int MetricCorpusLines = 10_000;

    private MemberSet(
        ImmutableArray<MemberContext> members,
        ImmutableArray<INamedTypeSymbol?> containingTypes,
        ImmutableArray<(SyntaxNode Declaration, INamedTypeSymbol? Symbol, SemanticModel? Model)> types,
        int lines)
    {
        Members = members;
        ContainingTypes = containingTypes;
        Types = types;
        Lines = lines;
    }

    public ImmutableArray<MemberContext> Members { get; }

    /// <summary>The containing type's symbol of each member (same index), null in syntax-only mode.</summary>
    public ImmutableArray<INamedTypeSymbol?> ContainingTypes { get; }

    public ImmutableArray<(SyntaxNode Declaration, INamedTypeSymbol? Symbol, SemanticModel? Model)> Types { get; }

    public int Lines { get; }

    public static MemberSet Create(int lines, AnalysisMode mode)
    {
        var corpus = Corpus.Create(lines);
        var compilations = mode == AnalysisMode.SyntaxOnly ? default : corpus.CreateCompilations();
        var members = ImmutableArray.CreateBuilder<MemberContext>();
        var containing = ImmutableArray.CreateBuilder<INamedTypeSymbol?>();
        var types = ImmutableArray.CreateBuilder<(SyntaxNode, INamedTypeSymbol?, SemanticModel?)>();
        for (var k = 0; k < corpus.Trees.Length; k++)
        {
            foreach (var tree in corpus.Trees[k])
            {
                var model = compilations.IsDefault ? null : compilations[k].GetSemanticModel(tree);
                foreach (var type in MemberDiscovery.Find(tree.GetRoot()))
                {
                    var symbol = model?.GetDeclaredSymbol(type.Declaration) as INamedTypeSymbol;
                    types.Add((type.Declaration, symbol, model));
                    members.AddRange(type.Members.Select(m => Context(m, model)));
                    containing.AddRange(type.Members.Select(_ => symbol));
                }
            }
        }

        return new MemberSet(members.ToImmutable(), containing.ToImmutable(), types.ToImmutable(), corpus.Lines);
    }

    // Mirrors DocumentAnalyzer.CreateContext (private there); primary constructors keep no symbol here.
    internal static MemberContext Context(DiscoveredMember member, SemanticModel? model) => model is null
        ? new MemberContext { Declaration = member.Declaration, Kind = member.Kind }
        : new MemberContext
        {
            Declaration = member.Declaration,
            Kind = member.Kind,
            SemanticModel = model,
            Symbol = model.GetDeclaredSymbol(member.Declaration) switch
            {
                IMethodSymbol method => method,
                IPropertySymbol property => property.GetMethod,
                _ => null,
            },
            OperationBlocks = OperationBlocks.For(member.Declaration, model, CancellationToken.None),
        };
}
