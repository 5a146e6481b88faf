namespace DebtRadar.SyntheticCorpus.Templates;

/// <summary>
/// The types every unit of a project builds on. <c>EntityBase{k}</c> derives from the previous
/// project's, so inheritance depth grows across projects as it does in layered solutions.
/// </summary>
internal sealed class FoundationTemplate : ICodeTemplate
{
    public string Folder => string.Empty;

    public IReadOnlyList<(string FileName, CodeWriter Writer)> Write(UnitContext context)
    {
        var k = context.K;
        var w = context.NewFile();
        w.Open($"public interface IEntity{k}");
        w.Line("int Id { get; }").Line().Line("string Name { get; }").Line().Line("int Score(int value);");
        w.Close().Line();

        if (context.ProjectIndex == 0)
        {
            w.Open($"public abstract class EntityBase{k} : IEntity{k}");
            w.Open($"protected EntityBase{k}(int id, string name)").Line("Id = id;").Line("Name = name;").Close().Line();
            w.Line("public int Id { get; }").Line().Line("public string Name { get; }").Line();
            w.Line("public virtual int Score(int value) => value + Id;");
        }
        else
        {
            var previous = context.ProjectIndex - 1;
            w.Open($"public abstract class EntityBase{k} : {CorpusGenerator.ProjectName(previous)}.EntityBase{previous.ToString(System.Globalization.CultureInfo.InvariantCulture)}, IEntity{k}");
            w.Line($"protected EntityBase{k}(int id, string name)").Line("    : base(id, name)").Line("{").Line("}").Line();
            w.Line("public override int Score(int value) => base.Score(value) * 2;");
        }

        w.Close().Line();
        w.Open($"public enum Status{k}").Line("Draft,").Line("Active,").Line("Suspended,").Line("Closed,").Close().Line();
        w.Open($"public readonly record struct Money{k}(decimal Amount, string Currency)");
        w.Line($"public static Money{k} operator +(Money{k} left, Money{k} right) =>");
        w.Line("    left.Currency == right.Currency ? new(left.Amount + right.Amount, left.Currency) : throw new InvalidOperationException(\"currency\");");
        w.Line().Line($"public static Money{k} Add(Money{k} left, Money{k} right) => left + right;");
        w.Close();
        return [("Foundation.cs", w)];
    }
}
