using System.Collections.Immutable;
using DebtRadar.Core.Scanning;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace DebtRadar.History.Members;

/// <summary>The lines one member occupies in one version of a file.</summary>
/// <param name="Type">Namespace-qualified containing type (the scan's identity).</param>
/// <param name="Name">Name with parameter types (the scan's identity).</param>
/// <param name="StartLine">1-based first line, attributes included: an edited attribute is a change to the member.</param>
/// <param name="EndLine">1-based last line.</param>
internal readonly record struct MemberSpan(string Type, string Name, int StartLine, int EndLine);

/// <summary>Member spans of a source text, from syntax only, through the scan's own <see cref="MemberDiscovery"/>.</summary>
internal static class MemberSpans
{
    private static readonly CSharpParseOptions Options = new(LanguageVersion.Preview, DocumentationMode.None);

    public static ImmutableArray<MemberSpan> Of(string source, CancellationToken cancellationToken)
    {
        var tree = CSharpSyntaxTree.ParseText(source, Options, cancellationToken: cancellationToken);
        var root = tree.GetRoot(cancellationToken);
        var spans = ImmutableArray.CreateBuilder<MemberSpan>();
        foreach (var type in MemberDiscovery.Find(root))
        {
            foreach (var member in type.Members)
            {
                // A primary constructor's declaration is the whole type; only its header is the constructor.
                var span = member.Declaration is TypeDeclarationSyntax { ParameterList: { } parameters } declaration
                    ? TextSpan.FromBounds(declaration.Identifier.SpanStart, parameters.Span.End)
                    : member.Declaration.Span;
                var lines = tree.GetLineSpan(span, cancellationToken);
                spans.Add(new MemberSpan(member.Type, member.Name, lines.StartLinePosition.Line + 1, lines.EndLinePosition.Line + 1));
            }
        }

        return spans.ToImmutable();
    }
}
