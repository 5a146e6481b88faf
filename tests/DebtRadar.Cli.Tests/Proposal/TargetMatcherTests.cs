using System.Collections.Immutable;
using DebtRadar.Cli.Proposal;
using DebtRadar.Core.Model;
using DebtRadar.Reports.Proposal;

namespace DebtRadar.Cli.Tests.Proposal;

public sealed class TargetMatcherTests
{
    private static FileResult File(string path, params (string Name, string Namespace)[] types) =>
        new(path, "h", AnalysisMode.SyntaxOnly, 10, 10, 8,
            [.. types.Select(t => new TypeFragment(t.Name, t.Namespace, Core.Model.TypeKind.Class, 1, 1, 10, false, 1, [], 0, 10, [], []))],
            [], []);

    private static ScanResult Scan()
    {
        ImmutableArray<FileResult> files =
        [
            File("src/Orders/OrderProcessor.cs", ("Shop.Orders.OrderProcessor", "Shop.Orders")),
            File("src/Orders/Legacy/Old.cs", ("Shop.Orders.Legacy.Old", "Shop.Orders.Legacy")),
            File("src/Api/Processor.cs", ("Shop.Api.Processor", "Shop.Api"), ("Shop.Api.OrderProcessor", "Shop.Api")),
        ];
        var types = files.SelectMany(f => f.Types.Select(t => new TypeResult("Shop", f.Path, 1, t.Name, Core.Model.TypeKind.Class, 0, 0, 0, 0, 1, null, 1, 100, 10)));
        return new ScanResult("Shop.sln", "/repo", [new ProjectResult("Shop", "src/Shop.csproj", null, AnalysisMode.SyntaxOnly, [], files, [.. types], [])], [], [], [], [], [], []);
    }

    [Theory]
    [InlineData("src/Orders/OrderProcessor.cs", TargetKind.File, "src/Orders/OrderProcessor.cs")]
    [InlineData("./src\\orders/orderprocessor.cs", TargetKind.File, "src/Orders/OrderProcessor.cs")]
    [InlineData("/repo/src/Api/Processor.cs", TargetKind.File, "src/Api/Processor.cs")]
    [InlineData("Shop", TargetKind.Project, "src/Api/Processor.cs,src/Orders/Legacy/Old.cs,src/Orders/OrderProcessor.cs")]
    [InlineData("Shop.Api.Processor", TargetKind.Type, "src/Api/Processor.cs")]
    [InlineData("Old", TargetKind.Type, "src/Orders/Legacy/Old.cs")]
    [InlineData("Shop.Orders", TargetKind.Namespace, "src/Orders/Legacy/Old.cs,src/Orders/OrderProcessor.cs")]
    [InlineData("src/Orders/**/*.cs", TargetKind.Glob, "src/Orders/Legacy/Old.cs,src/Orders/OrderProcessor.cs")]
    [InlineData("src/Api/", TargetKind.Glob, "src/Api/Processor.cs")]
    public void Resolve_EachKindOfTarget_FindsItsFiles(string text, TargetKind kind, string files)
    {
        var target = TargetMatcher.Resolve(text, Scan(), out var error);

        Assert.Null(error);
        Assert.Equal(kind, target!.Kind);
        Assert.Equal(files.Split(','), target.Files);
    }

    [Fact]
    public void Resolve_AmbiguousSimpleTypeName_AsksForTheFullName()
    {
        var target = TargetMatcher.Resolve("OrderProcessor", Scan(), out var error);

        Assert.Null(target);
        Assert.Equal("'OrderProcessor' names 2 types: Shop.Api.OrderProcessor, Shop.Orders.OrderProcessor; give the full name", error);
    }

    [Fact]
    public void Resolve_Nothing_SaysWhatWasTried()
    {
        Assert.Null(TargetMatcher.Resolve("src/Nope/*.cs", Scan(), out var error));
        Assert.Equal("no file, project, type, namespace or glob matches 'src/Nope/*.cs'", error);
    }
}
