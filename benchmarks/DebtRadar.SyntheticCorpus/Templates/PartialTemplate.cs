namespace DebtRadar.SyntheticCorpus.Templates;

/// <summary>One partial class across two files, with a partial method defined in one and implemented in the other.</summary>
internal sealed class PartialTemplate : ICodeTemplate
{
    public string Folder => "Documents";

    public IReadOnlyList<(string FileName, CodeWriter Writer)> Write(UnitContext context)
    {
        var s = context.Stem;
        var first = context.NewFile();
        first.Open($"public partial class {s}Document");
        first.Line("private readonly List<string> lines = [];").Line("private int version;").Line();
        first.Line("public int Version => version;").Line();
        first.Line("public string Title { get; init; } = string.Empty;").Line();
        first.Open("public void Append(string line)").Line("lines.Add(line);").Line("version++;").Line("OnEdited(lines.Count);").Close().Line();
        first.Line("partial void OnEdited(int lineCount);");
        Filler.Methods(first, context, "public ");
        first.Close();

        var second = context.NewFile();
        second.Open($"public partial class {s}Document");
        second.Line("private int edits;").Line();
        second.Line("public int Edits => edits;").Line();
        second.Line($"partial void OnEdited(int lineCount) => edits += lineCount > {context.N()} ? 2 : 1;");
        Filler.Methods(second, context, "internal ", 5, 4, namePrefix: "Edit");
        second.Close();
        return [($"{s}Document.cs", first), ($"{s}Document.Editing.cs", second)];
    }
}
