using System.Text.RegularExpressions;
using DebtRadar.Cli.Tests.Support;

namespace DebtRadar.Cli.Tests.Reliability;

/// <summary>
/// Full mode on projects MSBuild cannot evaluate for want of an SDK: the scan falls back to
/// syntax-only for them, says why in one diagnostic, and exits 0 (load problems are not fatal).
/// </summary>
public sealed partial class MissingSdkTests
{
    [Fact]
    public async Task Scan_GlobalJsonPinsAnSdkNotInstalled_SyntaxOnlyWithClearDiagnosticExitZero()
    {
        using var repo = new TempFolder();
        repo.Write("Directory.Build.props", "<Project />");
        repo.Write("global.json", """{ "sdk": { "version": "99.0.100", "rollForward": "disable" } }""");
        repo.Write("Pinned.csproj", """<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>""");
        repo.Write("Orders.cs", Samples.Orders);

        var (code, output, error) = await CliRunner.RunAsync("scan", repo.Path, "--no-db", "--no-history", "--verbose");

        var text = Flat(output + error);
        Assert.True(code == ExitCodes.Ok, error);
        Assert.Contains("1 projects (1 syntax-only", text, StringComparison.Ordinal);
        Assert.Contains("load.project-failed: Pinned could not be loaded by MSBuild", text, StringComparison.Ordinal);
        Assert.Contains("SDK was not found", text, StringComparison.Ordinal);
        Assert.Contains("Orders.Route(int, int)", text, StringComparison.Ordinal);
        Assert.DoesNotMatch(StackFrame(), output + error);
    }

    [Fact]
    public async Task Scan_ProjectWithUnknownSdk_SyntaxOnlyWithClearDiagnosticExitZero()
    {
        using var repo = new TempFolder();
        repo.Write("Directory.Build.props", "<Project />");
        repo.Write("Nope.csproj", """<Project Sdk="Nope.Sdk"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>""");
        repo.Write("Orders.cs", Samples.Orders);

        var (code, output, error) = await CliRunner.RunAsync("scan", repo.Path, "--no-db", "--no-history", "--verbose");

        var text = Flat(output + error);
        Assert.True(code == ExitCodes.Ok, error);
        Assert.Contains("1 projects (1 syntax-only", text, StringComparison.Ordinal);
        Assert.Contains("load.project-failed: Nope could not be loaded by MSBuild", text, StringComparison.Ordinal);
        Assert.Contains("The SDK 'Nope.Sdk' specified could not be found", text, StringComparison.Ordinal);
        Assert.Contains("Orders.Route(int, int)", text, StringComparison.Ordinal);
        Assert.DoesNotMatch(StackFrame(), output + error);
    }

    /// <summary>The console report wraps long diagnostics: compare with runs of white space as one space.</summary>
    private static string Flat(string text) => Whitespace().Replace(text, " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^\s+at \S+\(", RegexOptions.Multiline)]
    private static partial Regex StackFrame();
}
