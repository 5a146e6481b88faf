using System.Collections.Immutable;
using DebtRadar.Core.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DebtRadar.Core.Metrics.Ms;

/// <summary>MS's coupled-type set: <c>AddCoupledNamedTypesCore</c> and <c>RemoveContainingTypes</c>.</summary>
internal sealed class MsCoupling
{
    private readonly HashSet<INamedTypeSymbol> types = new(SymbolEqualityComparer.Default);

    public int Count => types.Count;

    public void Add(ITypeSymbol? type)
    {
        if (type is not INamedTypeSymbol named || IsIgnored(named))
        {
            return;
        }

        types.Add(named.OriginalDefinition);
        if (named.IsGenericType)
        {
            foreach (var argument in named.TypeArguments)
            {
                Add(argument);
            }
        }
    }

    /// <summary>Header types, then every operation's type and the type owning each static member used, as MS does.</summary>
    public void Add(MsWalkResult walk)
    {
        foreach (var type in walk.HeaderTypes)
        {
            Add(type);
        }

        foreach (var block in walk.Blocks)
        {
            AddOperations(block);
        }
    }

    public void AddOperations(IOperation block)
    {
        foreach (var operation in block.DescendantsAndSelf())
        {
            Add(operation.Type);
            if (operation is IMemberReferenceOperation reference && reference.Member.IsStatic)
            {
                Add(reference.Member.ContainingType);
            }
            else if (operation is IInvocationOperation invocation && (invocation.TargetMethod.IsStatic || invocation.TargetMethod.IsExtensionMethod))
            {
                Add(invocation.TargetMethod.ContainingType);
            }
        }
    }

    public void AddSignature(IMethodSymbol method)
    {
        foreach (var parameter in method.Parameters)
        {
            Add(parameter.Type);
        }

        if (!method.ReturnsVoid)
        {
            Add(method.ReturnType);
        }
    }

    /// <summary>The set without <paramref name="owner"/> and the types containing it, as references.</summary>
    public ImmutableArray<TypeReference> ToReferences(INamedTypeSymbol? owner)
    {
        for (var type = owner; type is not null; type = type.ContainingType)
        {
            types.Remove(type);
        }

        return [.. types.Select(ToReference).Distinct().OrderBy(r => r.Name, StringComparer.Ordinal)];
    }

    public static TypeReference ToReference(INamedTypeSymbol type)
    {
        var ns = type.ContainingNamespace is { IsGlobalNamespace: false } n ? n.ToDisplayString() : "";
        var name = type.MetadataName;
        for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            name = outer.MetadataName + "." + name;
        }

        return new TypeReference(ns.Length == 0 ? name : ns + "." + name, ns, type.ContainingAssembly?.Name ?? "");
    }

    private static bool IsIgnored(INamedTypeSymbol type) => type.SpecialType switch
    {
        SpecialType.System_Boolean or SpecialType.System_Byte or SpecialType.System_Char or SpecialType.System_Double
        or SpecialType.System_Int16 or SpecialType.System_Int32 or SpecialType.System_Int64 or SpecialType.System_UInt16
        or SpecialType.System_UInt32 or SpecialType.System_UInt64 or SpecialType.System_IntPtr or SpecialType.System_UIntPtr
        or SpecialType.System_SByte or SpecialType.System_Single or SpecialType.System_String or SpecialType.System_Object
        or SpecialType.System_ValueType or SpecialType.System_Void => true,
        _ => type.IsAnonymousType || type.GetAttributes().Any(IsGeneratedAttribute),
    };

    private static bool IsGeneratedAttribute(AttributeData attribute) =>
        attribute.AttributeClass is { } c && c.ToDisplayString() is "System.Runtime.CompilerServices.CompilerGeneratedAttribute" or "System.CodeDom.Compiler.GeneratedCodeAttribute";
}
