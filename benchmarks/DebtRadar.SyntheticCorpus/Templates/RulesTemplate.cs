namespace DebtRadar.SyntheticCorpus.Templates;

/// <summary>Switch statements and expressions with type, property, relational, list, tuple and logical patterns.</summary>
internal sealed class RulesTemplate : ICodeTemplate
{
    public string Folder => "Rules";

    public IReadOnlyList<(string FileName, CodeWriter Writer)> Write(UnitContext context)
    {
        var s = context.Stem;
        var k = context.K;
        var w = context.NewFile();
        w.Open($"public static class {s}Rules");
        w.Line("public static string Classify(object? input) => input switch");
        w.Line("{").Indent();
        w.Line("null => \"null\",").Line("int i when i < 0 => \"negative\",").Line("int and (0 or 1) => \"bit\",");
        w.Line($"int i => i > {context.N(50, 500)} ? \"large\" : \"int\",");
        w.Line("string { Length: 0 } => \"empty\",");
        w.Line($"string text => text.Length > {context.N(3, 20)} ? \"long\" : \"short\",");
        w.Line($"IEntity{k} {{ Id: > {context.N()}, Name: var name }} => name,");
        w.Line("int[] and [var first, .., var last] => (first + last).ToString(CultureInfo.InvariantCulture),");
        w.Line("_ => \"other\",");
        w.Close(";").Line();
        w.Line($"public static decimal Fee(Status{k} status, decimal amount) => (status, amount) switch");
        w.Line("{").Indent();
        w.Line($"(Status{k}.Draft, _) => 0m,");
        w.Line($"(Status{k}.Active, > {context.N(500, 5000)}m) => amount * 0.01m,");
        w.Line($"(Status{k}.Active, _) => {context.N(1, 9)}m,");
        w.Line($"(Status{k}.Suspended or Status{k}.Closed, var rest) => rest * 0.05m,");
        w.Line("_ => throw new ArgumentOutOfRangeException(nameof(status)),");
        w.Close(";").Line();
        w.Open($"public static int Weight(Status{k} status, int value)");
        w.Open("switch (status)");
        w.Line($"case Status{k}.Draft:").Line("    return 1;");
        w.Line($"case Status{k}.Active when value > {context.N()}:").Line("    return value / 2;");
        w.Line($"case Status{k}.Active:").Line("    return value;");
        w.Line($"case Status{k}.Suspended:").Line($"case Status{k}.Closed:").Line("    return -1;");
        w.Line("default:").Line("    return 0;");
        w.Close().Close().Line();
        w.Line($"public static bool IsInteresting(Money{k} money) =>");
        w.Line($"    money is {{ Amount: > {context.N(1, 10)}m and < {context.N(100, 1000)}m, Currency: \"EUR\" or \"USD\" }};");
        Filler.Methods(w, context, "public static ");
        w.Close();
        return [($"{s}Rules.cs", w)];
    }
}
