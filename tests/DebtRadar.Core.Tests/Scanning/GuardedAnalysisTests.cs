using DebtRadar.Core.Model;
using DebtRadar.Core.Scanning;
using Microsoft.CodeAnalysis.CSharp;

namespace DebtRadar.Core.Tests.Scanning;

public sealed class GuardedAnalysisTests
{
    [Fact]
    public void Analyze_CompilerThrowsForTheFile_MeasuredFromSyntaxWithADiagnostic()
    {
        var tree = CSharpSyntaxTree.ParseText("""
            class Orders
            {
                int Pick(int x) { return x > 0 ? 1 : 0; }
            }
            """, path: "/repo/src/Orders.cs");
        // A compilation without the file: asking it for the file's semantic model throws inside the compiler API.
        var unrelated = CSharpCompilation.Create("Other", [CSharpSyntaxTree.ParseText("class Other { }")]);

        var result = GuardedAnalysis.Analyze(new DocumentInput("/repo/src/Orders.cs", "src/Orders.cs", tree), unrelated, AnalysisMode.Full, DebtRadar.Core.Rules.RuleSet.None, CancellationToken.None);

        Assert.Equal(AnalysisMode.SyntaxOnly, result.Mode);
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Code == GuardedAnalysis.CompilerFailedCode);
        Assert.Equal("src/Orders.cs", diagnostic.Path);
        var member = Assert.Single(result.Members);
        Assert.Equal("Pick(int)", member.Name);
        Assert.Equal(2, member.Metrics.Cyclomatic);
    }
}
