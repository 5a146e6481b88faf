using System.Text;

namespace DebtRadar.IntegrationTests.Fuzz;

/// <summary>
/// Files built to break a naive analyser: nesting deeper than any stack, sizes larger than any
/// reasonable file, binary content. <paramref name="scale"/> 1 is the normal test suite's size.
/// </summary>
internal static class HostileSources
{
    /// <summary>Depth of every nesting case: deep enough to overflow a recursive walk on a 1 MB stack.</summary>
    public const int Depth = 10_000;

    public static IEnumerable<(string Name, byte[] Bytes)> All(int scale, int seed)
    {
        foreach (var (name, text) in Nested())
        {
            yield return ($"deep-{name}", Utf8(text));
        }

        yield return ("many-members", Utf8(ManyMembers(scale >= 10 ? 50_000 : 1_000)));
        yield return ("huge-file", Utf8(HugeFile(scale >= 10 ? 10 * 1024 * 1024 : 256 * 1024)));
        yield return ("long-line", Utf8(LongLine(scale >= 10 ? 4 * 1024 * 1024 : 64 * 1024)));
        yield return ("binary", RandomBytes(seed, 64 * 1024));
        yield return ("nul-bytes", new byte[4096]);
        yield return ("missing-receiver", Utf8("class Broken { int M(int a) { var n = .Length; return ( .Count) + a; } }"));
        yield return ("empty", []);
        yield return ("bom-only", [0xEF, 0xBB, 0xBF]);
        yield return ("utf16-with-bom", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("class Wide { int M() => 1; }")]);
    }

    private static IEnumerable<(string Name, string Text)> Nested()
    {
        const int n = Depth;
        yield return ("parens", Method($"return {Repeat("(", n)}1{Repeat(")", n)};"));
        yield return ("binary", Method($"return 1{Repeat(" + 1", n)};"));
        yield return ("logical", Method($"return x > 0{Repeat(" && x > 1 || x < 2", n)} ? 1 : 0;"));
        yield return ("ternary", Method($"return {Repeat("x > 0 ? 1 : ", n)}0;"));
        yield return ("coalesce", Method($"int? y = null; return {Repeat("y ?? ", n)}0;"));
        yield return ("blocks", Method($"{Repeat("{ ", n)}x++;{Repeat(" }", n)} return x;"));
        yield return ("ifs", Method($"{Repeat("if (x > 0) { ", n)}x++;{Repeat(" }", n)} return x;"));
        yield return ("else-if", Method($"if (x == 0) {{ return 0; }}{string.Concat(Enumerable.Range(1, n).Select(i => $" else if (x == {i}) {{ return {i}; }}"))} return -1;"));
        yield return ("loops", Method($"{Repeat("while (x > 0) ", n)}x--; return x;"));
        yield return ("lambdas", Method($"System.Func<int, int> f = {Repeat("a => ", n)}a; return 0;"));
        yield return ("calls", Method($"return {Repeat("System.Math.Abs(", n)}x{Repeat(")", n)};"));
        yield return ("fluent", Method($"return new System.Text.StringBuilder(){Repeat(".Append(x)", n)}.Length;"));
        yield return ("member-access", Method($"return x{Repeat(".GetHashCode().GetType()", n / 2)}.GetHashCode();"));
        yield return ("arrays", Method($"object o = {Repeat("new object[] { ", n)}1{Repeat(" }", n)}; return 0;"));
        yield return ("interpolation", Method($"var s = {Repeat("$\"{", n)}x{Repeat("}\"", n)}; return s.Length;"));
        yield return ("switch-expr", Method($"return {Repeat("x switch { 0 => 1, _ => ", n)}0{Repeat(" }", n)};"));
        yield return ("generics", $"class C {{ System.Collections.Generic.List<{Repeat("System.Collections.Generic.List<", n)}int{Repeat(">", n)}> field; }}");
        yield return ("types", $"{Repeat("class T { ", n)}void M() {{ }}{Repeat(" }", n)}");
        yield return ("namespaces", $"{Repeat("namespace N { ", n)}class C {{ }}{Repeat(" }", n)}");
        yield return ("statements-in-lambdas", Method($"{Repeat("System.Action a = () => { ", n)}x++;{Repeat(" };", n)} return x;"));
        yield return ("unclosed", Method(Repeat("{ if (x > 0) (", n)));
    }

    private static string Method(string body) => $"class Deep {{ int M(int x) {{ {body} }} }}";

    private static string ManyMembers(int count)
    {
        var builder = new StringBuilder("public class Wide\n{\n");
        for (var i = 0; i < count; i++)
        {
            builder.Append("    public int M").Append(i).Append("(int a) { if (a > ").Append(i).Append(") { return a; } return F").Append(i % 100).Append("; }\n");
            if (i < 100)
            {
                builder.Append("    private int F").Append(i).Append(";\n");
            }
        }

        return builder.Append("}\n").ToString();
    }

    private static string HugeFile(int bytes)
    {
        var builder = new StringBuilder(bytes + 1024);
        var type = 0;
        while (builder.Length < bytes)
        {
            builder.Append("namespace Huge").Append(type).Append(" { public class C").Append(type).Append(" {\n");
            for (var m = 0; m < 50; m++)
            {
                builder.Append("  public int M").Append(m).Append("(int a, int b) { for (var i = 0; i < a; i++) { if (i % 3 == 0 && b > i) { b += i; } else { b -= 1; } } return b; }\n");
            }

            builder.Append("} }\n");
            type++;
        }

        return builder.ToString();
    }

    private static string LongLine(int bytes)
    {
        var builder = new StringBuilder("class OneLine { int M(int x) { ", bytes + 64);
        while (builder.Length < bytes)
        {
            builder.Append("x = x + 1; if (x > 3) { x--; } ");
        }

        return builder.Append("return x; } string S = \"").Append('a', bytes / 4).Append("\"; }").ToString();
    }

    private static byte[] RandomBytes(int seed, int length)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
