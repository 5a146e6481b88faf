using DebtRadar.Core.Model;
using DebtRadar.Workspace.MSBuild;
using Microsoft.CodeAnalysis;
using DiagnosticSeverity = DebtRadar.Core.Model.DiagnosticSeverity;

namespace DebtRadar.Workspace.Tests;

public sealed class WorkspaceDiagnosticClassifierTests
{
    [Theory]
    [InlineData("/r/src/A/A.csproj : warning NU1603: Xunit 2.4.0 depends on X (>= 1.0) but X 1.0 was not found.", LoadDiagnosticCodes.NuGetWarning, DiagnosticSeverity.Info)]
    [InlineData("Msbuild failed when processing the file '/r/src/A/A.csproj' with message: A depends on B (>= 7.0.100-1) but B 7.0.100-1 was not found. B 8.0.0 was resolved instead.", LoadDiagnosticCodes.NuGetWarning, DiagnosticSeverity.Info)]
    [InlineData("Msbuild failed when processing the file '/r/src/A/A.csproj' with message: Assets file '/r/src/A/obj/project.assets.json' not found. Run a NuGet package restore.", LoadDiagnosticCodes.NotRestored, DiagnosticSeverity.Info)]
    [InlineData("Msbuild failed when processing the file '/r/src/A/A.csproj' with message: The reference assemblies for .NETFramework,Version=v4.6.1 were not found.", LoadDiagnosticCodes.TargetingPackMissing, DiagnosticSeverity.Info)]
    [InlineData("Msbuild failed when processing the file '/r/src/A/A.csproj' with message: The SDK 'Foo.Sdk' could not be resolved.", LoadDiagnosticCodes.WorkspaceFailure, DiagnosticSeverity.Warning)]
    public void Classify_Failure_SeparatesNoiseFromProblems(string message, string code, DiagnosticSeverity severity)
    {
        var diagnostic = WorkspaceDiagnosticClassifier.Classify(WorkspaceDiagnosticKind.Failure, message, "/r");

        Assert.Equal(code, diagnostic.Code);
        Assert.Equal(severity, diagnostic.Severity);
        Assert.Equal("src/A/A.csproj", diagnostic.Path);
    }

    [Fact]
    public void Classify_Warning_IsInfo()
    {
        var diagnostic = WorkspaceDiagnosticClassifier.Classify(WorkspaceDiagnosticKind.Warning, "Found project reference without a matching metadata reference: /r/B/B.csproj", "/r");

        Assert.Equal(new ScanDiagnostic(DiagnosticSeverity.Info, LoadDiagnosticCodes.WorkspaceWarning, "Found project reference without a matching metadata reference: /r/B/B.csproj", "B/B.csproj"), diagnostic);
    }
}
