using DebtRadar.Core.Scanning;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DebtRadar.Storage.Tests;

/// <summary>What the declaration surface (part of every incremental cache key) sees and leaves out.</summary>
public sealed class DeclarationSurfaceTests
{
    private const string Code = """
        namespace Sample;

        public class Order
        {
            public int Run(int x) { return x + 1; }
        }
        """;

    [Fact]
    public void Hash_InformationalVersionOfAnotherCommit_SameSurface()
    {
        var before = Surface(Code, AssemblyInfo("1.0.0+2ac0daae0e", "https://example.org/a"));
        var after = Surface(Code, AssemblyInfo("1.0.0+752507c619", "https://example.org/b"));

        Assert.Equal(before, after);
    }

    [Theory]
    [InlineData("[assembly: System.Runtime.CompilerServices.InternalsVisibleTo(\"Other\")]", "[assembly: System.Runtime.CompilerServices.InternalsVisibleTo(\"Tests\")]")]
    [InlineData("[assembly: System.Reflection.AssemblyVersionAttribute(\"1.0.0.0\")]", "[assembly: System.Reflection.AssemblyVersionAttribute(\"2.0.0.0\")]")]
    [InlineData("[System.Reflection.AssemblyInformationalVersion(\"1\")] public class Marker { }", "[System.Reflection.AssemblyInformationalVersion(\"2\")] public class Marker { }")]
    public void Hash_AttributeThatCanMatter_NewSurface(string before, string after) =>
        Assert.NotEqual(Surface(Code, before), Surface(Code, after));

    [Fact]
    public void Hash_BodyEditVersusSignatureEdit_OnlyTheSignatureCounts()
    {
        var original = Surface(Code, string.Empty);
        var body = Surface(Code.Replace("x + 1", "x + 2", StringComparison.Ordinal), string.Empty);
        var signature = Surface(Code.Replace("int Run(int x)", "long Run(int x)", StringComparison.Ordinal), string.Empty);

        Assert.Equal(original, body);
        Assert.NotEqual(original, signature);
    }

    private static string AssemblyInfo(string version, string url) => $$"""
        [assembly: System.Reflection.AssemblyCompanyAttribute("Someone")]
        [assembly: System.Reflection.AssemblyInformationalVersionAttribute("{{version}}")]
        [assembly: System.Reflection.AssemblyMetadataAttribute("RepositoryUrl", "{{url}}")]
        [assembly: AssemblyTitle("Sample")]
        """;

    private static string Surface(string code, string assemblyInfo) => DeclarationSurface.Index(
        [CSharpSyntaxTree.ParseText(code, path: "src/Order.cs"), CSharpSyntaxTree.ParseText(assemblyInfo, path: "obj/Sample.AssemblyInfo.cs")],
        static path => path,
        CancellationToken.None).Hash;
}
