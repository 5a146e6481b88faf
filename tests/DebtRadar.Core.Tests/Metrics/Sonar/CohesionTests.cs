using System.Collections.Immutable;
using DebtRadar.Core.Metrics;
using DebtRadar.Core.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DebtRadar.Core.Tests.Metrics.Sonar;

public sealed class CohesionTests
{
    private const string Account = """
        class Account(string owner)
        {
            private decimal balance;
            private readonly List<string> log = new();
            private static int instances;
            private const int Limit = 10;
            public event System.EventHandler Changed;
            public int Id { get; init; }
            public string Label => owner + Id;

            public void Deposit(decimal amount)
            {
                balance += amount;
                Record("deposit");
            }

            private void Record(string what)
            {
                log.Add(what);
                instances++;
            }

            public string Owner() => owner;

            public int Shadowed(int balance) => balance + Limit;
        }
        """;

    private static (SyntaxNode Type, Dictionary<string, CohesionEntry> Entries) SyntaxOnly(string code)
    {
        var root = MemberParser.Root(code);
        var type = root.DescendantNodes().OfType<TypeDeclarationSyntax>().First();
        var entries = type.Members.OfType<MethodDeclarationSyntax>()
            .ToDictionary(
                m => m.Identifier.ValueText,
                m => Cohesion.Extract(new MemberContext { Declaration = m, Kind = MemberKind.Method }, m.Identifier.ValueText, null));
        return (type, entries);
    }

    [Fact]
    public void InstanceFields_SyntaxOnly_FieldsEventsAutoPropertiesAndPrimaryParameters()
    {
        var (type, _) = SyntaxOnly(Account);

        Assert.Equal<string>(["owner", "balance", "log", "Changed", "Id"], Cohesion.InstanceFields(type, null));
    }

    [Fact]
    public void InstanceFields_Semantic_SameAsSyntax()
    {
        var tree = CSharpSyntaxTree.ParseText("using System.Collections.Generic;\n" + Account);
        var compilation = CSharpCompilation.Create("t", [tree], [MetadataReference.CreateFromFile(typeof(object).Assembly.Location)]);
        var type = tree.GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>().First();
        var symbol = compilation.GetSemanticModel(tree).GetDeclaredSymbol(type)!;

        Assert.Equal<string>(["owner", "balance", "log", "Changed", "Id"], Cohesion.InstanceFields(type, symbol));
    }

    [Fact]
    public void Extract_SyntaxOnly_FieldsAndSiblingCallsByName()
    {
        var (_, entries) = SyntaxOnly(Account);

        Assert.Equal<string>(["balance"], entries["Deposit"].Fields);
        Assert.Equal<string>(["Record"], entries["Deposit"].Calls);
        Assert.Equal<string>(["log"], entries["Record"].Fields);
        Assert.Equal<string>(["owner"], entries["Owner"].Fields);
        Assert.Empty(entries["Shadowed"].Fields);
    }

    [Fact]
    public void Extract_Semantic_ResolvesThroughSymbols()
    {
        var tree = CSharpSyntaxTree.ParseText("using System.Collections.Generic;\n" + Account);
        var compilation = CSharpCompilation.Create("t", [tree], [MetadataReference.CreateFromFile(typeof(object).Assembly.Location), MetadataReference.CreateFromFile(typeof(List<>).Assembly.Location)]);
        var model = compilation.GetSemanticModel(tree);
        var type = tree.GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>().First();
        var symbol = model.GetDeclaredSymbol(type)!;
        CohesionEntry Extract(string name)
        {
            var method = type.Members.OfType<MethodDeclarationSyntax>().Single(m => m.Identifier.ValueText == name);
            return Cohesion.Extract(new MemberContext { Declaration = method, Kind = MemberKind.Method, SemanticModel = model }, name, symbol);
        }

        Assert.Equal<string>(["balance"], Extract("Deposit").Fields);
        Assert.Equal<string>(["Record"], Extract("Deposit").Calls);
        Assert.Equal<string>(["log"], Extract("Record").Fields);
        Assert.Equal<string>(["owner"], Extract("Owner").Fields);
        Assert.Empty(Extract("Shadowed").Fields);
    }

    [Fact]
    public void Extract_AutoAccessorAndFieldKeyword_UseTheirBackingStore()
    {
        const string code = """
            class C
            {
                public int Auto { get; private set; }
                public string Lazy { get => field ??= "x"; set => field = value; }
                public int Computed { get { return 1; } }
            }
            """;
        var root = MemberParser.Root(code);
        var type = root.DescendantNodes().OfType<ClassDeclarationSyntax>().Single();
        CohesionEntry Extract(string property, string keyword)
        {
            var accessor = (SyntaxNode)MemberParser.Find(code, property + "." + keyword);
            var inTree = type.DescendantNodes().OfType<AccessorDeclarationSyntax>().Single(a => a.Span == accessor.Span);
            return Cohesion.Extract(new MemberContext { Declaration = inTree, Kind = MemberKind.Getter }, property + "." + keyword, null);
        }

        Assert.Equal<string>(["Auto", "Lazy"], Cohesion.InstanceFields(type, null));
        Assert.Equal<string>(["Auto"], Extract("Auto", "get").Fields);
        Assert.Equal<string>(["Auto"], Extract("Auto", "set").Fields);
        Assert.Equal<string>(["Lazy"], Extract("Lazy", "get").Fields);
        Assert.Empty(Extract("Computed", "get").Fields);
    }

    [Fact]
    public void LcomHs_PerfectlyCohesive_Zero()
    {
        var entries = new[] { Entry("A", ["x", "y"]), Entry("B", ["x", "y"]) };

        Assert.Equal(0.0, Cohesion.LcomHs(["x", "y"], entries));
    }

    [Fact]
    public void LcomHs_EachMemberOwnField_One()
    {
        // M = 2, F = 2, ΣMF = 2: (2 − 1) / 1.
        var entries = new[] { Entry("A", ["x"]), Entry("B", ["y"]) };

        Assert.Equal(1.0, Cohesion.LcomHs(["x", "y"], entries));
    }

    [Fact]
    public void LcomHs_MixedCase_Formula()
    {
        // M = 3, F = 2, MF(x) = 2, MF(y) = 1: (3 − 1.5) / 2 = 0.75.
        var entries = new[] { Entry("A", ["x", "y"]), Entry("B", ["x"]), Entry("C", []) };

        Assert.Equal(0.75, Cohesion.LcomHs(["x", "y"], entries));
    }

    [Fact]
    public void LcomHs_Undefined_Null()
    {
        Assert.Null(Cohesion.LcomHs([], [Entry("A", []), Entry("B", [])]));
        Assert.Null(Cohesion.LcomHs(["x"], [Entry("A", ["x"])]));
    }

    [Fact]
    public void Lcom4_TwoIslands_Two()
    {
        var entries = new[] { Entry("A()", ["x"]), Entry("B()", ["x"]), Entry("C()", ["y"]), Entry("D()", [], ["C"]) };

        Assert.Equal(2, Cohesion.Lcom4(["x", "y"], entries));
    }

    [Fact]
    public void Lcom4_CallToPropertyAccessor_Links()
    {
        var entries = new[] { Entry("P.get", ["x"]), Entry("M(int)", [], ["P"]), Entry("N()", ["z"]) };

        Assert.Equal(2, Cohesion.Lcom4(["x", "z"], entries));
    }

    [Fact]
    public void Lcom4_NoMembers_Zero() => Assert.Equal(0, Cohesion.Lcom4(["x"], []));

    private static CohesionEntry Entry(string name, string[] fields, string[]? calls = null) =>
        new(name, [.. fields], calls is null ? ImmutableArray<string>.Empty : [.. calls]);
}
