namespace DebtRadar.SyntheticCorpus.Templates;

/// <summary>An abstract base, a class and a sealed class below it, on top of the project's entity base.</summary>
internal sealed class InheritanceTemplate : ICodeTemplate
{
    public string Folder => "Entities";

    public IReadOnlyList<(string FileName, CodeWriter Writer)> Write(UnitContext context)
    {
        var s = context.Stem;
        var w = context.NewFile();
        w.Open($"public abstract class {s}Base : EntityBase{context.K}");
        Constructor(w, $"protected {s}Base");
        w.Line("public abstract int Evaluate(int value, string name);").Line();
        w.Line("public override int Score(int value) => base.Score(value) + Evaluate(value, Name);");
        w.Close().Line();

        w.Open($"public class {s} : {s}Base");
        Constructor(w, $"public {s}");
        new BodyWriter(w, context).Method("public override int Evaluate(int value, string name)", 5, 3);
        w.Line().Line("protected virtual int Adjust(int value) => value + 1;");
        w.Close().Line();

        w.Open($"public sealed class {s}Special : {s}");
        Constructor(w, $"public {s}Special");
        w.Line("protected override int Adjust(int value) => value > Id ? value - Id : base.Adjust(value);").Line();
        w.Line("public override string ToString() => $\"{Name}#{Id}\";");
        Filler.Methods(w, context, "public ", 5, 2);
        w.Close();

        context.NewEntities.Add($"{context.Namespace}.{s}");
        context.NewEntities.Add($"{context.Namespace}.{s}Special");
        return [($"{s}.cs", w)];
    }

    private static void Constructor(CodeWriter w, string head) =>
        w.Line(head + "(int id, string name)").Line("    : base(id, name)").Line("{").Line("}").Line();
}
