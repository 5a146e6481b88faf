using DebtRadar.Core.Metrics;
using DebtRadar.Core.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DebtRadar.Core.Rules.Detectors;

/// <summary>
/// <c>async void</c> methods and local functions that are not event handlers: their exceptions
/// crash the process and callers cannot await them. An event handler is recognised by its
/// <c>(object, XxxEventArgs)</c> shape (by name in syntax-only mode, by base type otherwise).
/// </summary>
internal sealed class DR2001AsyncVoid : IMemberDetector
{
    public string RuleId => "DR2001";

    public IEnumerable<Hit> Detect(MemberContext member, MemberResult measured, ActiveRule rule)
    {
        var functions = MemberCode.Nodes<LocalFunctionStatementSyntax>(member)
            .Select(f => (f.Modifiers, f.ReturnType, f.ParameterList, f.Identifier))
            .ToList();
        if (member.Declaration is MethodDeclarationSyntax method)
        {
            functions.Insert(0, (method.Modifiers, method.ReturnType, method.ParameterList, method.Identifier));
        }

        foreach (var (modifiers, returnType, parameters, identifier) in functions)
        {
            if (modifiers.Any(SyntaxKind.AsyncKeyword)
                && returnType is PredefinedTypeSyntax { Keyword.RawKind: (int)SyntaxKind.VoidKeyword }
                && !IsEventHandler(parameters, member.SemanticModel))
            {
                yield return Hit.At(identifier, $"'{identifier.ValueText}' is async void: return Task so callers can await it and see its exceptions");
            }
        }
    }

    private static bool IsEventHandler(ParameterListSyntax parameters, SemanticModel? model)
    {
        if (parameters.Parameters.Count != 2 || parameters.Parameters[1].Type is not { } argsType)
        {
            return false;
        }

        if (model?.GetTypeInfo(argsType).Type is { TypeKind: not Microsoft.CodeAnalysis.TypeKind.Error } type)
        {
            for (var t = type; t is not null; t = t.BaseType)
            {
                if (MemberCode.Is(t, "System", "EventArgs"))
                {
                    return true;
                }
            }

            return false;
        }

        return argsType.ToString().EndsWith("EventArgs", StringComparison.Ordinal);
    }
}
