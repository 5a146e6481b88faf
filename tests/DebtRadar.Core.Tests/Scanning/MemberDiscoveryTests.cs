using DebtRadar.Core.Model;
using DebtRadar.Core.Scanning;
using Microsoft.CodeAnalysis.CSharp;

namespace DebtRadar.Core.Tests.Scanning;

public sealed class MemberDiscoveryTests
{
    private static System.Collections.Immutable.ImmutableArray<DiscoveredType> Find(string source) =>
        MemberDiscovery.Find(CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Preview)).GetRoot());

    [Fact]
    public void Find_MembersOfEveryKind_NamesKindsAndLinesAsTheCsvContract()
    {
        var types = Find("""
            namespace Shop.Orders;

            public class Order<T>
            {
                public Order(int id) { }
                static Order() { }
                ~Order() { }
                public T Parse(string text, ref int position, List<Dictionary<string, int>> x) => default!;
                public static Order<T> operator +(Order<T> a, Order<T> b) => a;
                public static implicit operator int(Order<T> o) => 0;
                public int Count { get; set; }
                public int Total => 1;
                public string this[int index] { get => ""; init { } }
                public event EventHandler Changed { add { } remove { } }
            }
            """);

        var order = Assert.Single(types);
        Assert.Equal("Shop.Orders.Order<T>", order.Name);
        Assert.Equal("Shop.Orders", order.Namespace);
        Assert.Equal(3, order.Line);
        var rows = order.Members.Select(m => $"{m.Line} {m.Kind} {m.Name}").ToList();
        Assert.Equal(
            [
                "5 Constructor Order(int)",
                "6 Constructor static Order()",
                "7 Finalizer ~Order()",
                "8 Method Parse(string, ref int, List<Dictionary<string, int>>)",
                "9 Operator operator +(Order<T>, Order<T>)",
                "10 Conversion implicit operator int(Order<T>)",
                "11 Getter Count.get",
                "11 Setter Count.set",
                "12 Getter Total.get",
                "13 Getter this[int].get",
                "13 Init this[int].init",
                "14 Adder Changed.add",
                "14 Remover Changed.remove",
            ],
            rows);
    }

    [Fact]
    public void Find_NestedTypesAndBlockNamespaces_JoinNamesWithDots()
    {
        var types = Find("""
            namespace A { namespace B {
                class Outer { struct Inner { void M() { } } }
            } }
            record R(int X);
            """);

        Assert.Equal(["A.B.Outer", "A.B.Outer.Inner", "R"], types.Select(t => t.Name));
        Assert.Equal([TypeKind.Class, TypeKind.Struct, TypeKind.Record], types.Select(t => t.Kind));
        Assert.Equal("M()", Assert.Single(types[1].Members).Name);
        Assert.Empty(types[0].Members);
    }

    [Fact]
    public void Find_GeneratedCodeAttribute_LeavesTypeOrMemberOut()
    {
        var types = Find("""
            using System.CodeDom.Compiler;
            [GeneratedCode("tool", "1")] class Generated { void M() { } class Nested { } }
            class Mixed
            {
                [System.CodeDom.Compiler.GeneratedCodeAttribute("tool", "1")] void Skipped() { }
                void Kept() { }
            }
            """);

        var mixed = Assert.Single(types);
        Assert.Equal("Mixed", mixed.Name);
        Assert.Equal("Kept()", Assert.Single(mixed.Members).Name);
    }

    [Fact]
    public void Find_PartialMethodDefinition_OnlyImplementationCounts()
    {
        var types = Find("""
            partial class P
            {
                partial void Hook(int x);
                partial void Hook(int x) { }
            }
            """);

        var member = Assert.Single(Assert.Single(types).Members);
        Assert.Equal(4, member.Line);
    }

    [Fact]
    public void Find_PrimaryConstructorAndLocalFunctions_PrimaryIsAMemberLocalsAreNot()
    {
        var types = Find("""
            class Service(int retries, string name)
            {
                int Run()
                {
                    return Local(1);
                    int Local(int x) => x + retries;
                }
            }
            """);

        Assert.Equal(["Service(int, string)", "Run()"], Assert.Single(types).Members.Select(m => m.Name));
    }

    [Fact]
    public void Find_AttributesBeforeMember_StartLineAfterAttributes()
    {
        var types = Find("""
            class C
            {
                [Obsolete]
                [Serializable]
                void M()
                {
                }
            }
            """);

        var member = Assert.Single(Assert.Single(types).Members);
        Assert.Equal((5, 5, 7), (member.Line, member.StartLine, member.EndLine));
    }

    [Fact]
    public void Find_ExtensionBlock_MembersBelongToTheStaticClass()
    {
        var types = Find("""
            static class TextExtensions
            {
                extension(string s)
                {
                    public bool IsBlank => string.IsNullOrWhiteSpace(s);
                    public int Words() => s.Split(' ').Length;
                }
            }
            """);

        Assert.Equal(["IsBlank.get", "Words()"], Assert.Single(types).Members.Select(m => m.Name));
    }
}
