namespace DebtRadar.SyntheticCorpus.Templates;

/// <summary>A worker of async methods: await with ConfigureAwait, ValueTask, Task.WhenAll, async streams, try/finally.</summary>
internal sealed class AsyncTemplate : ICodeTemplate
{
    public string Folder => "Workers";

    public IReadOnlyList<(string FileName, CodeWriter Writer)> Write(UnitContext context)
    {
        var s = context.Stem;
        var w = context.NewFile();
        w.Open($"public sealed class {s}Worker : IDisposable");
        w.Line("private readonly SemaphoreSlim gate = new(1, 1);").Line();
        w.Open("public async Task<int> RunAsync(int value, string name, CancellationToken cancellationToken)");
        w.Line("await gate.WaitAsync(cancellationToken).ConfigureAwait(false);");
        w.Open("try");
        w.Line("var first = await ComputeAsync(value, cancellationToken).ConfigureAwait(false);");
        w.Line("var second = await ComputeAsync(name.Length, cancellationToken).ConfigureAwait(false);");
        w.Line($"return first > {context.N()} ? first : first + second;");
        w.Close();
        w.Open("finally").Line("gate.Release();").Close();
        w.Close().Line();
        w.Open("public async Task<IReadOnlyList<int>> GatherAsync(IEnumerable<int> inputs, CancellationToken cancellationToken)");
        w.Line("var tasks = inputs.Select(i => ComputeAsync(i, cancellationToken).AsTask());");
        w.Line("var results = await Task.WhenAll(tasks).ConfigureAwait(false);");
        w.Line("return results.Where(r => r > 0).OrderBy(r => r).ToList();");
        w.Close().Line();
        w.Open("public async IAsyncEnumerable<int> StreamAsync(int count, [EnumeratorCancellation] CancellationToken cancellationToken)");
        w.Open("for (var i = 0; i < count; i++)");
        w.Line("await Task.Yield();").Line("cancellationToken.ThrowIfCancellationRequested();").Line("yield return i * i;");
        w.Close().Close().Line();
        w.Open("public async Task<int> ConsumeAsync(int value, CancellationToken cancellationToken)");
        w.Line("var total = 0;");
        w.Open("await foreach (var item in StreamAsync(value, cancellationToken).ConfigureAwait(false))");
        w.Open($"if (item % {context.N(2, 5)} == 0)").Line("continue;").Close();
        w.Line("total += item;");
        w.Close();
        w.Line("return total;");
        w.Close().Line();
        w.Line("public void Dispose() => gate.Dispose();").Line();
        w.Open("private static async ValueTask<int> ComputeAsync(int value, CancellationToken cancellationToken)");
        w.Line("await Task.Delay(1, cancellationToken).ConfigureAwait(false);").Line("return value * 2;");
        w.Close();
        var body = new BodyWriter(w, context);
        var target = context.Random.Next(100, 230);
        for (var i = 0; w.LineCount < target; i++)
        {
            w.Line();
            w.Open($"public async Task<int> Step{i}Async(int value, string name, CancellationToken cancellationToken)");
            w.Line("value += await ComputeAsync(value, cancellationToken).ConfigureAwait(false);");
            body.IntBody(context.Random.Next(2, 6), context.Random.Next(1, 3));
            w.Close();
        }

        w.Close();
        return [($"{s}Worker.cs", w)];
    }
}
