namespace DebtRadar.SyntheticCorpus.Templates;

/// <summary>An interface and its implementation: properties, an indexer, an event with custom accessors.</summary>
internal sealed class ServiceTemplate : ICodeTemplate
{
    public string Folder => "Services";

    public IReadOnlyList<(string FileName, CodeWriter Writer)> Write(UnitContext context)
    {
        var s = context.Stem;
        var w = context.NewFile();
        w.Open($"public interface I{s}Service");
        w.Line("int Count { get; }").Line().Line("int this[int index] { get; }").Line();
        w.Line("event EventHandler<int>? Changed;").Line().Line("int Process(int value, string name);");
        w.Close().Line();

        w.Open($"public sealed class {s}Service : I{s}Service");
        w.Line("private readonly List<int> values = [];").Line("private EventHandler<int>? changed;").Line("private int threshold;").Line();
        w.Line("public int Count => values.Count;").Line();
        w.Line($"public string Label {{ get; set; }} = \"{s}\";").Line();
        w.Open("public int Threshold");
        w.Line("get => threshold;");
        w.Open("set");
        w.Line("ArgumentOutOfRangeException.ThrowIfNegative(value);").Line("threshold = value;").Line("OnChanged(value);");
        w.Close().Close().Line();
        w.Open("public int this[int index]");
        w.Line("get => index >= 0 && index < values.Count ? values[index] : -1;");
        w.Open("set");
        w.Open("if (index == values.Count)").Line("values.Add(value);").Close();
        w.Open("else").Line("values[index] = value;").Close();
        w.Close().Close().Line();
        w.Open("public event EventHandler<int>? Changed");
        w.Line("add => changed += value;").Line("remove => changed -= value;");
        w.Close().Line();
        var body = new BodyWriter(w, context);
        body.Method("public int Process(int value, string name)", 8, 3);
        w.Line().Line("private void OnChanged(int value) => changed?.Invoke(this, value);");
        Filler.Methods(w, context, "public ");
        w.Close();
        return [($"{s}Service.cs", w)];
    }
}
