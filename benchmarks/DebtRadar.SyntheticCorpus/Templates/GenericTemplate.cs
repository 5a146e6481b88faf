namespace DebtRadar.SyntheticCorpus.Templates;

/// <summary>A generic repository with constraints, generic methods and extension methods over a closed type.</summary>
internal sealed class GenericTemplate : ICodeTemplate
{
    public string Folder => "Storage";

    public IReadOnlyList<(string FileName, CodeWriter Writer)> Write(UnitContext context)
    {
        var s = context.Stem;
        var k = context.K;
        var w = context.NewFile();
        w.Line($"public sealed class {s}Repository<TKey, TEntity>").Line("    where TKey : notnull");
        w.Open($"    where TEntity : class, IEntity{k}");
        w.Line("private readonly Dictionary<TKey, TEntity> items = [];").Line();
        w.Line("public int Count => items.Count;").Line();
        w.Line("public TEntity? Find(TKey key) => items.TryGetValue(key, out var entity) ? entity : null;").Line();
        w.Open("public void Add(TKey key, TEntity entity)").Line("ArgumentNullException.ThrowIfNull(entity);").Line("items[key] = entity;").Close().Line();
        w.Open("public TResult Fold<TResult>(TResult seed, Func<TResult, TEntity, TResult> step)");
        w.Line("var accumulator = seed;");
        w.Open("foreach (var entity in items.Values)").Line("accumulator = step(accumulator, entity);").Close();
        w.Line("return accumulator;");
        w.Close().Line();
        w.Line("public IEnumerable<TEntity> Where(Func<TEntity, bool> predicate) => items.Values.Where(predicate);").Line();
        w.Line("public int Sum(Func<TEntity, int> selector) => items.Values.Sum(selector);");
        w.Close().Line();

        w.Open($"public static class {s}RepositoryExtensions");
        w.Line($"public static int TotalScore<TKey>(this {s}Repository<TKey, EntityBase{k}> repository, int value)");
        w.Line("    where TKey : notnull =>");
        w.Line("    repository.Fold(0, (total, entity) => total + entity.Score(value));").Line();
        w.Line($"public static T? FirstOrNone<T>(IEnumerable<T> source, Func<T, bool> predicate)");
        w.Line("    where T : class => source.FirstOrDefault(predicate);").Line();
        w.Open("public static IReadOnlyList<TOut> Map<TIn, TOut>(IReadOnlyList<TIn> source, Func<TIn, int, TOut> selector)");
        w.Line("var result = new List<TOut>(source.Count);");
        w.Open("for (var i = 0; i < source.Count; i++)").Line("result.Add(selector(source[i], i));").Close();
        w.Line("return result;");
        w.Close();
        Filler.Methods(w, context, "public static ");
        w.Close();
        return [($"{s}Repository.cs", w)];
    }
}
