using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DebtRadar.Core.Rules.Detectors;

/// <summary>
/// A public, non-readonly, non-const field of a publicly visible class or record: any code can
/// change it without the type knowing (CA1051, S1104). Structs are left out, where public fields
/// are a deliberate interop and performance idiom.
/// </summary>
internal sealed class DR5002PublicMutableField : IFileDetector
{
    public string RuleId => "DR5002";

    public IEnumerable<Hit> Detect(FileContext file, ActiveRule rule) =>
        file.Syntax.All<FieldDeclarationSyntax>()
            .Where(f => f.Modifiers.Any(SyntaxKind.PublicKeyword)
                        && !f.Modifiers.Any(SyntaxKind.ReadOnlyKeyword) && !f.Modifiers.Any(SyntaxKind.ConstKeyword)
                        && f.Parent is ClassDeclarationSyntax or RecordDeclarationSyntax { ClassOrStructKeyword.RawKind: not (int)SyntaxKind.StructKeyword }
                        && IsVisible(f.Parent!))
            .SelectMany(f => f.Declaration.Variables)
            .Select(v => Hit.At(v.Identifier, $"Public mutable field '{v.Identifier.ValueText}': make it a property or readonly"));

    private static bool IsVisible(SyntaxNode type) =>
        type.AncestorsAndSelf().OfType<BaseTypeDeclarationSyntax>()
            .All(t => t.Modifiers.Any(SyntaxKind.PublicKeyword) || t.Modifiers.Any(SyntaxKind.ProtectedKeyword));
}
