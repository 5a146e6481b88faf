namespace DebtRadar.SyntheticCorpus.Templates;

/// <summary>Legacy-style code: few long methods, deep nesting, many branches — the members a debt tool must flag.</summary>
internal sealed class NestingTemplate : ICodeTemplate
{
    public string Folder => "Legacy";

    public IReadOnlyList<(string FileName, CodeWriter Writer)> Write(UnitContext context)
    {
        var s = context.Stem;
        var w = context.NewFile();
        w.Open($"internal sealed class {s}Processor");
        w.Line($"private readonly Dictionary<string, int> cache = new(StringComparer.Ordinal);").Line();
        w.Line("public int CacheSize => cache.Count;");
        Filler.Methods(w, context, "public ", 8, 6, 160);
        w.Close();
        return [($"{s}Processor.cs", w)];
    }
}
