namespace DebtRadar.SyntheticCorpus.Templates;

/// <summary>
/// Writes method bodies from random statements over a fixed set of locals (<c>total</c>, <c>text</c>,
/// <c>items</c>) and the parameters <c>value</c> and <c>name</c>, so that every body compiles.
/// Every name a statement introduces carries a per-body counter, so none can clash.
/// </summary>
internal sealed class BodyWriter(CodeWriter w, UnitContext context)
{
    private int counter;
    private int bodyStart;

    private SeededRandom Rng => context.Random;

    /// <summary>A complete <c>int</c>-returning body: locals, statements, return.</summary>
    public void IntBody(int statements, int maxDepth)
    {
        bodyStart = w.LineCount;
        w.Line("var total = value;");
        w.Line("var text = name;");
        w.Line("var items = new List<int> { value, value + 1, " + context.N() + " };");
        Statements(statements, 0, maxDepth);
        w.Line("return total + text.Length + items.Count;");
    }

    /// <summary>An <c>int</c> method with a random body, public unless told otherwise.</summary>
    public void Method(string signature, int maxStatements = 6, int maxDepth = 3)
    {
        w.Open(signature);
        IntBody(Rng.Next(2, maxStatements + 1), Rng.Next(1, maxDepth + 1));
        w.Close();
    }

    private void Statements(int count, int depth, int maxDepth)
    {
        // A block keeps at least one statement; past ~60 lines a body stops growing, so files stay small.
        for (var i = 0; i < count && (i == 0 || w.LineCount - bodyStart < 60); i++)
        {
            if (depth < maxDepth && Rng.Chance(45))
            {
                Compound(depth + 1, maxDepth);
            }
            else
            {
                Leaf();
            }
        }
    }

    private void Leaf()
    {
        var c = ++counter;
        switch (Rng.Next(11))
        {
            case 0: w.Line($"total += value * {context.N()};"); break;
            case 1: w.Line($"text = $\"{{text}}-{{total % {context.N()}}}\";"); break;
            case 2: w.Line($"items.Add(total % {context.N()});"); break;
            case 3: w.Line($"total += items.Where(x => x > {context.N()}).Select(x => x * 2).Sum();"); break;
            case 4: w.Line($"text = value switch {{ < 0 => \"negative\", 0 => \"zero\", < {context.N()} => \"small\", _ => text }};"); break;
            case 5:
                w.Line($"Func<int, int> f{c} = x => x * {context.N()} + total;");
                w.Line($"total += f{c}(value);");
                break;
            case 6:
                w.Line($"total += Local{c}(items.Count);");
                w.Line($"int Local{c}(int x) => x > {context.N()} ? x - total : x + total;");
                break;
            case 7:
                w.Open($"if (name is {{ Length: > {context.N(1, 9)} }} n{c})");
                w.Line($"total += n{c}.Length;");
                w.Close();
                break;
            case 8: w.Line($"text = items.Count == 0 ? text : string.Join(\",\", items.Take({context.N(1, 5)}));"); break;
            case 9 when context.Entities.Count > 0:
                w.Line($"total += new {Rng.Pick(context.Entities)}(value, text).Score(total);");
                break;
            default: w.Line($"total = Math.Max(total, text.Length) + (items.Count > {context.N(1, 5)} ? items[0] : 0);"); break;
        }
    }

    private void Compound(int depth, int maxDepth)
    {
        var c = ++counter;
        switch (Rng.Next(7))
        {
            case 0:
                w.Open($"if ({Condition()})");
                Statements(Inner(depth), depth, maxDepth);
                w.Close();
                if (Rng.Chance(40))
                {
                    w.Open($"else if ({Condition()})");
                    Statements(Inner(depth), depth, maxDepth);
                    w.Close();
                }

                if (Rng.Chance(50))
                {
                    w.Open("else");
                    Statements(1, depth, maxDepth);
                    w.Close();
                }

                break;
            case 1:
                w.Open($"for (var i{c} = 0; i{c} < items.Count && i{c} < {context.N()}; i{c}++)");
                w.Open($"if (items[i{c}] % {context.N(2, 7)} == 0)").Line("continue;").Close();
                Statements(Inner(depth), depth, maxDepth);
                w.Open($"if (total > {context.N(100, 1000)})").Line("break;").Close();
                w.Close();
                break;
            case 2:
                w.Open($"foreach (var item{c} in items.ToArray())");
                w.Line($"total += item{c};");
                Statements(Inner(depth), depth, maxDepth);
                w.Close();
                break;
            case 3:
                w.Line($"var guard{c} = 0;");
                w.Open($"while (total < {context.N(100, 1000)} && guard{c}++ < 10)");
                Statements(Inner(depth), depth, maxDepth);
                w.Line("total++;");
                w.Close();
                break;
            case 4:
                w.Open($"switch (total % 4)");
                w.Line("case 0:");
                Section(depth, maxDepth);
                w.Line("case 1 or 2:");
                Section(depth, maxDepth);
                w.Line("default:");
                Section(depth, maxDepth);
                w.Close();
                break;
            case 5:
                w.Open("try");
                Statements(Inner(depth), depth, maxDepth);
                w.Close();
                w.Open($"catch (InvalidOperationException ex{c}) when (ex{c}.Message.Length > {context.N()})");
                w.Line($"total -= {context.N()};");
                w.Close();
                w.Open("catch (ArgumentException)").Line("text = string.Empty;").Close();
                w.Open("finally").Line("total++;").Close();
                break;
            default:
                w.Open("do");
                Statements(Inner(depth), depth, maxDepth);
                w.Line("total += 2;");
                w.Close($" while (total < {context.N(100, 1000)} && items.Count > 0);");
                break;
        }
    }

    private void Section(int depth, int maxDepth)
    {
        w.Line("{").Indent();
        Statements(Inner(depth), depth, maxDepth);
        w.Line("break;");
        w.Close();
    }

    // Blocks deeper than three levels hold one statement, so deep members stay deep rather than huge.
    private int Inner(int depth) => depth >= 3 ? 1 : Rng.Next(1, 3);

    private string Condition() => Rng.Next(8) switch
    {
        0 => $"value > {context.N()}",
        1 => $"total % {context.N(2, 9)} == 0",
        2 => $"text.Length > {context.N(1, 9)} && value < {context.N()}",
        3 => $"items.Count == 0 || total > {context.N()}",
        4 => $"name is {{ Length: > {context.N(1, 9)} }}",
        5 => $"items.Contains({context.N()})",
        6 => $"!string.IsNullOrEmpty(text) && (total > {context.N()} || value < 0)",
        _ => $"value is > {context.N(0, 10)} and < {context.N(10, 90)}",
    };
}
