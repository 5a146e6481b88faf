using DebtRadar.Core.Metrics.Clones;
using DebtRadar.Core.Model;
using Microsoft.CodeAnalysis.CSharp;

namespace DebtRadar.Core.Tests.Metrics.Clones;

public sealed class CloneDetectorTests
{
    private const string Original = """
        namespace Shop;

        public sealed class Orders
        {
            public decimal Total(Order order)
            {
                var total = 0m;
                foreach (var line in order.Lines)
                {
                    if (line.Quantity > 0 && line.Price > 0)
                    {
                        total += line.Quantity * line.Price;
                    }
                }

                if (order.Coupon is not null)
                {
                    total -= order.Coupon.Amount;
                }

                return total < 0 ? 0 : total;
            }
        }
        """;

    /// <summary>The same method with every name changed and other literals: a renamed copy.</summary>
    private const string Renamed = """
        namespace Billing;

        public sealed class Invoices
        {
            public decimal Sum(Invoice invoice)
            {
                var sum = 1m;
                foreach (var item in invoice.Items)
                {
                    if (item.Count > 5 && item.Cost > 2)
                    {
                        sum += item.Count * item.Cost;
                    }
                }

                if (invoice.Voucher is not null)
                {
                    sum -= invoice.Voucher.Value;
                }

                return sum < 1 ? 1 : sum;
            }
        }
        """;

    /// <summary>The statements of <see cref="Original"/>'s method in another order: no run of 50 tokens is shared (the longest, the loop, has 41).</summary>
    private const string Reordered = """
        namespace Shop;

        public sealed class Orders
        {
            public decimal Total(Order order)
            {
                var total = 0m;
                if (order.Coupon is not null)
                {
                    total -= order.Coupon.Amount;
                }

                return total < 0 ? 0 : total;
                foreach (var line in order.Lines)
                {
                    if (line.Quantity > 0 && line.Price > 0)
                    {
                        total += line.Quantity * line.Price;
                    }
                }
            }
        }
        """;

    private static readonly CloneOptions Small = new(MinTokens: 50, MinLines: 5);

    private static (string, TokenFingerprint) File(string path, string source) =>
        (path, CloneTokenizer.Fingerprint(CSharpSyntaxTree.ParseText(source, path: path).GetRoot()));

    [Fact]
    public void Find_ExactCopyInTwoFiles_OneGroupNamingBothPlaces()
    {
        var groups = CloneDetector.Find([File("a/Orders.cs", Original), File("b/Orders.cs", Original)], Small, CancellationToken.None);

        var group = Assert.Single(groups);
        Assert.Equal(["a/Orders.cs", "b/Orders.cs"], group.Places.Select(p => p.Path));
        Assert.All(group.Places, p => Assert.Equal((1, 23), (p.StartLine, p.EndLine)));
    }

    [Fact]
    public void Find_RenamedIdentifiersAndChangedLiterals_StillAClone()
    {
        var groups = CloneDetector.Find([File("Orders.cs", Original), File("Invoices.cs", Renamed)], Small, CancellationToken.None);

        var exact = CloneDetector.Find([File("a.cs", Original), File("b.cs", Original)], Small, CancellationToken.None);

        var group = Assert.Single(groups);
        Assert.Equal(["Invoices.cs", "Orders.cs"], group.Places.Select(p => p.Path));
        Assert.Equal(Assert.Single(exact).Tokens, group.Tokens);
        Assert.All(group.Places, p => Assert.Equal((1, 23), (p.StartLine, p.EndLine)));
    }

    [Fact]
    public void Find_ReorderedStatements_NotAClone()
    {
        var groups = CloneDetector.Find([File("Orders.cs", Original), File("Reordered.cs", Reordered)], Small, CancellationToken.None);

        Assert.Empty(groups);
    }

    [Fact]
    public void Find_CopyShorterThanMinTokens_NotAClone()
    {
        var groups = CloneDetector.Find([File("a.cs", Original), File("b.cs", Original)], new CloneOptions(MinTokens: 500, MinLines: 5), CancellationToken.None);

        Assert.Empty(groups);
    }

    [Fact]
    public void Find_CopySpreadOverFewerThanMinLines_NotAClone()
    {
        var groups = CloneDetector.Find([File("a.cs", Original), File("b.cs", Original)], new CloneOptions(MinTokens: 30, MinLines: 40), CancellationToken.None);

        Assert.Empty(groups);
    }

    [Fact]
    public void Find_ThreeCopies_OneGroupOfThree()
    {
        var groups = CloneDetector.Find([File("a.cs", Original), File("b.cs", Renamed), File("c.cs", Original)], Small, CancellationToken.None);

        var group = Assert.Single(groups);
        Assert.Equal(["a.cs", "b.cs", "c.cs"], group.Places.Select(p => p.Path));
    }

    [Fact]
    public void Find_RepetitiveFile_DoesNotMatchItselfOverlapping()
    {
        // Twenty identical statements: a copy shifted by one statement would overlap itself.
        var body = string.Concat(Enumerable.Repeat("        total += Price(line, 1);\n", 20));
        var source = $"class C\n{{\n    int M(int line)\n    {{\n        var total = 0;\n{body}        return total;\n    }}\n}}\n";

        var groups = CloneDetector.Find([File("C.cs", source)], Small, CancellationToken.None);

        Assert.NotEmpty(groups);
        Assert.All(groups, g =>
        {
            var places = g.Places.OrderBy(p => p.StartLine).ToList();
            for (var i = 1; i < places.Count; i++)
            {
                Assert.True(places[i].StartLine >= places[i - 1].EndLine, $"places overlap: {places[i - 1]} and {places[i]}");
            }
        });
    }

    [Fact]
    public void DuplicatedLines_OverlappingPlacesInOneFile_CountEachLineOnce()
    {
        CloneGroup[] groups =
        [
            new([new ClonePlace("a.cs", 1, 10), new ClonePlace("b.cs", 1, 10)], 100, "1"),
            new([new ClonePlace("a.cs", 5, 14), new ClonePlace("c.cs", 20, 29)], 100, "2"),
        ];

        var lines = CloneDetector.DuplicatedLines(groups);

        Assert.Equal(14, lines["a.cs"]);
        Assert.Equal(10, lines["b.cs"]);
        Assert.Equal(10, lines["c.cs"]);
    }

    [Fact]
    public void Tokenizer_RenamedAndRevaluedCode_SameCodes()
    {
        var a = CloneTokenizer.Fingerprint(CSharpSyntaxTree.ParseText("class A { int x = 1; string s = \"a\"; }").GetRoot());
        var b = CloneTokenizer.Fingerprint(CSharpSyntaxTree.ParseText("class B { int y = 42; string t = \"zz\"; }").GetRoot());
        var c = CloneTokenizer.Fingerprint(CSharpSyntaxTree.ParseText("class B { long y = 42; string t = \"zz\"; }").GetRoot());

        Assert.Equal(a.Hashes.ToArray(), b.Hashes.ToArray());
        Assert.NotEqual(a.Hashes.ToArray(), c.Hashes.ToArray());
    }

    [Fact]
    public void Tokenizer_UsingDirectivesAndComments_LeftOut()
    {
        var plain = CloneTokenizer.Fingerprint(CSharpSyntaxTree.ParseText("class A { }").GetRoot());
        var noisy = CloneTokenizer.Fingerprint(CSharpSyntaxTree.ParseText("using System;\n// note\nclass A { /* x */ }").GetRoot());

        Assert.Equal(plain.Hashes.ToArray(), noisy.Hashes.ToArray());
        Assert.Equal([3, 3, 3, 3], noisy.Lines.ToArray());
    }
}
