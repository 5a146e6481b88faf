namespace DebtRadar.SyntheticCorpus.Templates;

/// <summary>Records, a record struct with operators, a record hierarchy and a class with a primary constructor.</summary>
internal sealed class RecordTemplate : ICodeTemplate
{
    public string Folder => "Model";

    public IReadOnlyList<(string FileName, CodeWriter Writer)> Write(UnitContext context)
    {
        var s = context.Stem;
        var k = context.K;
        var w = context.NewFile();
        w.Open($"public sealed record {s}Order(int Id, string Customer, decimal Amount, Status{k} Status)");
        w.Line("public decimal Tax => Amount * 0.2m;").Line();
        w.Line($"public bool IsOpen => Status is Status{k}.Draft or Status{k}.Active;").Line();
        w.Line($"public {s}Order Discount(decimal percent) => this with {{ Amount = Amount * (1 - percent) }};");
        w.Close().Line();
        w.Open($"public readonly record struct {s}Point(int X, int Y)");
        w.Line($"public double Length => Math.Sqrt((X * X) + (Y * Y));").Line();
        w.Line($"public static {s}Point operator +({s}Point left, {s}Point right) => new(left.X + right.X, left.Y + right.Y);").Line();
        w.Line($"public static explicit operator int({s}Point point) => (point.X * point.X) + (point.Y * point.Y);").Line();
        w.Line($"public static {s}Point Add({s}Point left, {s}Point right) => left + right;");
        w.Close().Line();
        w.Line($"public abstract record {s}Shape(string Name);").Line();
        w.Line($"public sealed record {s}Circle(string Name, double Radius) : {s}Shape(Name);").Line();
        w.Line($"public sealed record {s}Square(string Name, double Side) : {s}Shape(Name);").Line();
        w.Open($"public sealed class {s}Calculator(int seed, string label)");
        w.Line("private int calls;").Line();
        w.Line("public string Label => label;").Line();
        w.Line("public int Next(int value) => seed + value + ++calls;").Line();
        w.Line($"public static double Area({s}Shape shape) => shape switch");
        w.Line("{").Indent();
        w.Line($"{s}Circle circle => Math.PI * circle.Radius * circle.Radius,");
        w.Line($"{s}Square {{ Side: > 0 }} square => square.Side * square.Side,");
        w.Line("_ => 0,");
        w.Close(";");
        Filler.Methods(w, context, "public ");
        w.Close();
        return [($"{s}Model.cs", w)];
    }
}
