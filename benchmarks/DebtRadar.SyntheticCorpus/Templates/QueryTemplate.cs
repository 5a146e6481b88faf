namespace DebtRadar.SyntheticCorpus.Templates;

/// <summary>LINQ in both syntaxes: query expressions with join, let, group and orderby; method chains with lambdas.</summary>
internal sealed class QueryTemplate : ICodeTemplate
{
    public string Folder => "Queries";

    public IReadOnlyList<(string FileName, CodeWriter Writer)> Write(UnitContext context)
    {
        var s = context.Stem;
        var k = context.K;
        var w = context.NewFile();
        w.Open($"public static class {s}Queries");
        w.Line($"public static IEnumerable<string> Names(IEnumerable<EntityBase{k}> source, int minimum) =>");
        w.Line("    from entity in source");
        w.Line("    where entity.Id > minimum");
        w.Line("    let label = entity.Name.Trim()");
        w.Line("    orderby label, entity.Id descending");
        w.Line("    select label.ToUpperInvariant();").Line();
        w.Line("public static Dictionary<int, int> Histogram(IEnumerable<int> values) =>");
        w.Line($"    values.GroupBy(v => v % {context.N(3, 12)}).ToDictionary(g => g.Key, g => g.Count());").Line();
        w.Line($"public static IEnumerable<(string Name, decimal Amount)> Match(IEnumerable<EntityBase{k}> left, IEnumerable<Money{k}> right) =>");
        w.Line("    from entity in left");
        w.Line("    join money in right on entity.Name equals money.Currency");
        w.Line($"    where money.Amount > {context.N()}m");
        w.Line("    select (entity.Name, money.Amount);").Line();
        w.Line($"public static IEnumerable<KeyValuePair<char, int>> ByInitial(IEnumerable<EntityBase{k}> source) =>");
        w.Line("    from entity in source");
        w.Line("    where entity.Name.Length > 0");
        w.Line("    group entity by entity.Name[0] into byInitial");
        w.Line("    select new KeyValuePair<char, int>(byInitial.Key, byInitial.Sum(e => e.Id));").Line();
        w.Line("public static int Checksum(IEnumerable<int> values) =>");
        w.Line($"    values.Where(v => v != {context.N()}).Aggregate(17, (hash, v) => unchecked(hash * 31 + v));").Line();
        w.Line("public static IReadOnlyList<int> Window(IReadOnlyList<int> values, int size) =>");
        w.Line("    [.. values.Skip(size).Take(size * 2).Select((v, i) => v * i).Distinct().OrderByDescending(v => v)];");
        Filler.Methods(w, context, "public static ");
        w.Close();
        return [($"{s}Queries.cs", w)];
    }
}
