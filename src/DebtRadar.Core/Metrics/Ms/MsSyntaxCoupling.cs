using System.Collections.Immutable;
using DebtRadar.Core.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DebtRadar.Core.Metrics.Ms;

/// <summary>
/// Syntax-only approximation of MS class coupling: the named types written in the code (type
/// positions, creations, casts, generic arguments) and the receivers of static-looking member
/// accesses (a capitalised name that is not a local or parameter). Keywords for ignored types
/// (<c>int</c>, <c>string</c>, <c>object</c>…) and <c>var</c> are left out. Names are as written.
/// </summary>
internal static class MsSyntaxCoupling
{
    private static readonly HashSet<string> Ignored = new(StringComparer.Ordinal)
    {
        "Boolean", "Byte", "Char", "Double", "Int16", "Int32", "Int64", "UInt16", "UInt32", "UInt64",
        "IntPtr", "UIntPtr", "SByte", "Single", "String", "Object", "ValueType", "Void", "var", "dynamic", "nint", "nuint",
    };

    public static ImmutableArray<TypeReference> Collect(IEnumerable<SyntaxNode> roots, IEnumerable<string> excluded)
    {
        var collector = new Collector();
        foreach (var root in roots)
        {
            collector.AddAll(root);
        }

        return collector.References(excluded);
    }

    /// <summary><see cref="Collect"/> as a fold over nodes, in any order: every node of the roots, each root included.</summary>
    internal sealed class Collector
    {
        private readonly HashSet<string> locals = new(StringComparer.Ordinal);
        private readonly HashSet<string> names = new(StringComparer.Ordinal);
        private readonly List<string> receivers = []; // judged once every local is known: a local may be declared after its use in a lambda

        /// <summary>Forgets every node, keeping the room, to collect the next member.</summary>
        public void Clear()
        {
            locals.Clear();
            names.Clear();
            receivers.Clear();
        }

        public void AddAll(SyntaxNode root)
        {
            foreach (var node in root.DescendantNodesAndSelf())
            {
                Add(node);
            }
        }

        public void Add(SyntaxNode node)
        {
            switch (node)
            {
                case VariableDeclaratorSyntax v: locals.Add(v.Identifier.ValueText); break;
                case ParameterSyntax p: locals.Add(p.Identifier.ValueText); break;
                case SingleVariableDesignationSyntax d: locals.Add(d.Identifier.ValueText); break;
                case TypeSyntax type when IsTypePosition(type): AddType(type, names); break;
                case MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax receiver }
                    when receiver.Identifier.ValueText is [var first, ..] && char.IsUpper(first):
                    receivers.Add(receiver.Identifier.ValueText);
                    break;
            }
        }

        /// <summary>The types collected, <paramref name="excluded"/> (the containing types) left out, by name.</summary>
        public ImmutableArray<TypeReference> References(IEnumerable<string> excluded)
        {
            foreach (var receiver in receivers)
            {
                if (!locals.Contains(receiver))
                {
                    names.Add(receiver);
                }
            }

            names.ExceptWith(excluded);

            // Array.Sort with a static comparison, not Enumerable.Order: in precompiled (ReadyToRun) code
            // each Order call built its identity-key delegate through the runtime's slow path, 11 % of the
            // sampled syntax-only analyse phase of Dapper (docs/decisions/0053).
            var sorted = new string[names.Count];
            names.CopyTo(sorted);
            Array.Sort(sorted, string.CompareOrdinal);
            var references = ImmutableArray.CreateBuilder<TypeReference>(sorted.Length);
            foreach (var name in sorted)
            {
                references.Add(new TypeReference(name, "", ""));
            }

            return references.MoveToImmutable();
        }
    }

    private static bool IsTypePosition(TypeSyntax type) => type.Parent switch
    {
        QualifiedNameSyntax or AliasQualifiedNameSyntax => false,
        TypeArgumentListSyntax or NullableTypeSyntax or ArrayTypeSyntax or PointerTypeSyntax or RefTypeSyntax or TupleElementSyntax => true,
        VariableDeclarationSyntax or ParameterSyntax or BaseMethodDeclarationSyntax or BasePropertyDeclarationSyntax
            or LocalFunctionStatementSyntax or DelegateDeclarationSyntax => true,
        ObjectCreationExpressionSyntax or CastExpressionSyntax or TypeOfExpressionSyntax or DefaultExpressionSyntax
            or BaseTypeSyntax or TypeConstraintSyntax or AttributeSyntax or DeclarationExpressionSyntax
            or DeclarationPatternSyntax or RecursivePatternSyntax or TypePatternSyntax or ForEachStatementSyntax
            or CatchDeclarationSyntax or ExplicitInterfaceSpecifierSyntax => true,
        BinaryExpressionSyntax b => b.Kind() is SyntaxKind.AsExpression or SyntaxKind.IsExpression && b.Right == type,
        _ => false,
    };

    private static void AddType(TypeSyntax type, HashSet<string> names)
    {
        switch (type)
        {
            case PredefinedTypeSyntax predefined:
                if (predefined.Keyword.IsKind(SyntaxKind.DecimalKeyword))
                {
                    names.Add("Decimal");
                }

                break;
            case NullableTypeSyntax { ElementType: PredefinedTypeSyntax element }
                when !element.Keyword.IsKind(SyntaxKind.StringKeyword) && !element.Keyword.IsKind(SyntaxKind.ObjectKeyword):
                names.Add("Nullable`1");
                break;
            case GenericNameSyntax g:
                names.Add(g.Identifier.ValueText + "`" + g.TypeArgumentList.Arguments.Count);
                break;
            case SimpleNameSyntax s when !s.IsVar && !Ignored.Contains(s.Identifier.ValueText):
                names.Add(s.Identifier.ValueText);
                break;
            case QualifiedNameSyntax q:
                AddType(q.Right, names);
                break;
        }
    }
}
