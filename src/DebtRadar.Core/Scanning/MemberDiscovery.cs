using System.Collections.Immutable;
using DebtRadar.Core.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TypeKind = DebtRadar.Core.Model.TypeKind;

namespace DebtRadar.Core.Scanning;

/// <summary>A type declaration found in a file, with the members declared directly in it.</summary>
/// <param name="Declaration">The declaration node: a type declaration, or a delegate declaration (a type without members).</param>
/// <param name="Name">Namespace-qualified name, nested types joined with <c>.</c>.</param>
/// <param name="Namespace">The containing namespace.</param>
/// <param name="Kind">What sort of type it is.</param>
/// <param name="Line">1-based line of its name identifier.</param>
/// <param name="StartLine">1-based first line, attributes excluded.</param>
/// <param name="EndLine">1-based last line.</param>
/// <param name="Members">Its members, in source order.</param>
public sealed record DiscoveredType(
    MemberDeclarationSyntax Declaration,
    string Name,
    string Namespace,
    TypeKind Kind,
    int Line,
    int StartLine,
    int EndLine,
    ImmutableArray<DiscoveredMember> Members);

/// <summary>A member found in a file: the unit every member metric measures.</summary>
/// <param name="Declaration">
/// The node measured: a method-like declaration; an accessor; the property or indexer itself for
/// an expression-bodied one (its getter); the type declaration for a primary constructor.
/// </param>
/// <param name="Type">Namespace-qualified name of the containing type.</param>
/// <param name="Name">Name with parameter types, e.g. <c>Parse(string, int)</c> or <c>Count.get</c>.</param>
/// <param name="Kind">What sort of member it is.</param>
/// <param name="Line">1-based line of the name identifier (the accessor keyword for accessors).</param>
/// <param name="StartLine">1-based first line, attributes excluded.</param>
/// <param name="EndLine">1-based last line.</param>
public sealed record DiscoveredMember(
    SyntaxNode Declaration,
    string Type,
    string Name,
    MemberKind Kind,
    int Line,
    int StartLine,
    int EndLine);

/// <summary>
/// Finds the types and members of a file from syntax alone. The same code serves full scans,
/// syntax-only scans and history (member spans at past commits), so identities always agree.
/// Generated code (<c>[GeneratedCode]</c> on a type or member) is left out; lambdas and local
/// functions are part of their enclosing member, as in Microsoft.CodeAnalysis.Metrics.
/// </summary>
public static class MemberDiscovery
{
    /// <summary>Every non-generated type declaration of the tree, in source order, with its members.</summary>
    /// <param name="root">The compilation unit (or any node) to search.</param>
    public static ImmutableArray<DiscoveredType> Find(SyntaxNode root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var types = ImmutableArray.CreateBuilder<DiscoveredType>();

        // Iterative, so that pathological nesting cannot overflow the stack.
        var stack = new Stack<SyntaxNode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is DelegateDeclarationSyntax @delegate)
            {
                if (!GeneratedCodeAttributes.IsPresent(@delegate.AttributeLists))
                {
                    var (delegateStart, delegateEnd) = SyntaxNames.LinesOf(@delegate);
                    types.Add(new DiscoveredType(@delegate, SyntaxNames.QualifiedTypeName(@delegate), SyntaxNames.NamespaceOf(@delegate),
                        TypeKind.Delegate, SyntaxNames.LineOf(@delegate.Identifier), delegateStart, delegateEnd, []));
                }

                continue;
            }

            if (node is BaseTypeDeclarationSyntax type and not ExtensionBlockDeclarationSyntax)
            {
                if (!GeneratedCodeAttributes.IsPresent(type.AttributeLists))
                {
                    types.Add(Describe(type));
                }
                else
                {
                    continue; // nested types of generated code are generated too
                }
            }

            // Types live only in namespaces, the compilation unit and other types.
            var children = node.ChildNodes()
                .Where(c => c is (BaseTypeDeclarationSyntax and not ExtensionBlockDeclarationSyntax) or DelegateDeclarationSyntax or BaseNamespaceDeclarationSyntax)
                .Reverse();
            foreach (var child in children)
            {
                stack.Push(child);
            }
        }

        return types.ToImmutable();
    }

    private static DiscoveredType Describe(BaseTypeDeclarationSyntax type)
    {
        var name = SyntaxNames.QualifiedTypeName(type);
        var (start, end) = SyntaxNames.LinesOf(type);
        var members = ImmutableArray.CreateBuilder<DiscoveredMember>();

        if (type is TypeDeclarationSyntax { ParameterList: { } primary } withPrimary)
        {
            // A primary constructor is a member of its own whose "body" is the parameter list,
            // the base initializer arguments and the initializers that capture parameters.
            members.Add(new DiscoveredMember(withPrimary, name, type.Identifier.ValueText + SyntaxNames.ParameterList(primary),
                MemberKind.Constructor, SyntaxNames.LineOf(type.Identifier), start, end));
        }

        if (type is TypeDeclarationSyntax typeDeclaration)
        {
            foreach (var member in typeDeclaration.Members)
            {
                AddMembers(member, name, members);
            }
        }

        return new DiscoveredType(type, name, SyntaxNames.NamespaceOf(type), KindOf(type),
            SyntaxNames.LineOf(type.Identifier), start, end, members.ToImmutable());
    }

    private static void AddMembers(MemberDeclarationSyntax member, string typeName, ImmutableArray<DiscoveredMember>.Builder members)
    {
        if (GeneratedCodeAttributes.IsPresent(member.AttributeLists))
        {
            return;
        }

        switch (member)
        {
            case MethodDeclarationSyntax method when IsDefiningPartialWithoutBody(method):
                return; // the implementing declaration is the member
            case MethodDeclarationSyntax method:
                Add(members, method, typeName, method.Identifier.ValueText + TypeParameters(method.TypeParameterList) + SyntaxNames.ParameterList(method.ParameterList), MemberKind.Method, method.Identifier);
                break;
            case ConstructorDeclarationSyntax ctor:
                var prefix = ctor.Modifiers.Any(SyntaxKind.StaticKeyword) ? "static " : string.Empty;
                Add(members, ctor, typeName, prefix + ctor.Identifier.ValueText + SyntaxNames.ParameterList(ctor.ParameterList), MemberKind.Constructor, ctor.Identifier);
                break;
            case DestructorDeclarationSyntax dtor:
                Add(members, dtor, typeName, "~" + dtor.Identifier.ValueText + "()", MemberKind.Finalizer, dtor.Identifier);
                break;
            case OperatorDeclarationSyntax op:
                Add(members, op, typeName, "operator " + op.OperatorToken.ValueText + SyntaxNames.ParameterList(op.ParameterList), MemberKind.Operator, op.OperatorKeyword);
                break;
            case ConversionOperatorDeclarationSyntax conversion:
                Add(members, conversion, typeName, $"{conversion.ImplicitOrExplicitKeyword.ValueText} operator {SyntaxNames.Compact(conversion.Type)}{SyntaxNames.ParameterList(conversion.ParameterList)}", MemberKind.Conversion, conversion.OperatorKeyword);
                break;
            case BasePropertyDeclarationSyntax property:
                AddAccessors(members, property, typeName);
                break;
            case ExtensionBlockDeclarationSyntax extension:
                // C# 14 extension members are measured as members of the static class that holds them.
                foreach (var extensionMember in extension.Members)
                {
                    AddMembers(extensionMember, typeName, members);
                }

                break;
        }
    }

    private static void AddAccessors(ImmutableArray<DiscoveredMember>.Builder members, BasePropertyDeclarationSyntax property, string typeName)
    {
        var (name, nameToken) = property switch
        {
            PropertyDeclarationSyntax p => (p.Identifier.ValueText, p.Identifier),
            IndexerDeclarationSyntax i => ("this" + SyntaxNames.ParameterList(i.ParameterList), i.ThisKeyword),
            EventDeclarationSyntax e => (e.Identifier.ValueText, e.Identifier),
            _ => (string.Empty, default),
        };

        var expressionBody = property switch
        {
            PropertyDeclarationSyntax p => p.ExpressionBody,
            IndexerDeclarationSyntax i => i.ExpressionBody,
            _ => null,
        };
        if (expressionBody is not null)
        {
            Add(members, property, typeName, name + ".get", MemberKind.Getter, nameToken);
            return;
        }

        foreach (var accessor in property.AccessorList?.Accessors ?? default)
        {
            if (GeneratedCodeAttributes.IsPresent(accessor.AttributeLists))
            {
                continue;
            }

            var kind = accessor.Kind() switch
            {
                SyntaxKind.GetAccessorDeclaration => MemberKind.Getter,
                SyntaxKind.SetAccessorDeclaration => MemberKind.Setter,
                SyntaxKind.InitAccessorDeclaration => MemberKind.Init,
                SyntaxKind.AddAccessorDeclaration => MemberKind.Adder,
                SyntaxKind.RemoveAccessorDeclaration => MemberKind.Remover,
                _ => (MemberKind?)null,
            };
            if (kind is { } k)
            {
                Add(members, accessor, typeName, name + "." + accessor.Keyword.ValueText, k, accessor.Keyword);
            }
        }
    }

    private static void Add(ImmutableArray<DiscoveredMember>.Builder members, SyntaxNode node, string typeName, string name, MemberKind kind, SyntaxToken nameToken)
    {
        var (start, end) = SyntaxNames.LinesOf(node);
        members.Add(new DiscoveredMember(node, typeName, name, kind, SyntaxNames.LineOf(nameToken), start, end));
    }

    private static bool IsDefiningPartialWithoutBody(MethodDeclarationSyntax method) =>
        method.Modifiers.Any(SyntaxKind.PartialKeyword) && method.Body is null && method.ExpressionBody is null;

    private static string TypeParameters(TypeParameterListSyntax? list) =>
        list is null ? string.Empty : $"<{string.Join(", ", list.Parameters.Select(p => p.Identifier.ValueText))}>";

    private static TypeKind KindOf(BaseTypeDeclarationSyntax type) => type switch
    {
        RecordDeclarationSyntax r when r.ClassOrStructKeyword.IsKind(SyntaxKind.StructKeyword) => TypeKind.RecordStruct,
        RecordDeclarationSyntax => TypeKind.Record,
        StructDeclarationSyntax => TypeKind.Struct,
        InterfaceDeclarationSyntax => TypeKind.Interface,
        EnumDeclarationSyntax => TypeKind.Enum,
        _ => TypeKind.Class,
    };
}
