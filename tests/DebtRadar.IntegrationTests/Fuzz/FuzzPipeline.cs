using System.Collections.Immutable;
using DebtRadar.Core.Model;
using DebtRadar.Core.Rules;
using DebtRadar.Core.Scanning;
using DebtRadar.Storage;
using DebtRadar.Workspace;
using DebtRadar.Workspace.Targets;

namespace DebtRadar.IntegrationTests.Fuzz;

/// <summary>What one pass of the pipeline made of a folder of files.</summary>
/// <param name="Mode">syntax-only or compiled.</param>
/// <param name="Files">The <c>.cs</c> files on disk.</param>
/// <param name="Measured">Files that ended as a result.</param>
/// <param name="Unaccounted">Files with neither a result nor a diagnostic naming them.</param>
/// <param name="DiagnosticCodes">Every diagnostic code met, with how often.</param>
/// <param name="StoredFiles">Files of the snapshot as read back from the database.</param>
/// <param name="ReportCharacters">Characters each report writer produced.</param>
internal sealed record FuzzPass(
    string Mode,
    int Files,
    int Measured,
    ImmutableArray<string> Unaccounted,
    ImmutableSortedDictionary<string, int> DiagnosticCodes,
    int StoredFiles,
    ImmutableSortedDictionary<string, long> ReportCharacters)
{
    /// <summary>Seconds the scan (load, metrics, rules) took.</summary>
    public double ScanSeconds { get; init; }
}

/// <summary>The real pipeline, load → metrics → rules → storage → reports, over a folder of (hostile) files.</summary>
internal static class FuzzPipeline
{
    private static readonly bool[] Passes = [false, true];

    public static async Task<ImmutableArray<FuzzPass>> RunAsync(string folder, string database, CancellationToken cancellationToken)
    {
        var target = TargetResolver.Resolve(folder);
        if (!target.Succeeded)
        {
            throw new InvalidOperationException(target.Error!.Message);
        }

        var rules = RuleSet.Create(RuleCatalog.BuiltIn);
        var options = new ScanOptions(Math.Max(2, Environment.ProcessorCount)) { Rules = rules };
        var store = new SnapshotStore(database);
        var loaded = await LoadedSource.LoadAsync(
            ProjectSources.Create(target, new LoadOptions(SyntaxOnly: true, null, TimeSpan.FromMinutes(1))), cancellationToken).ConfigureAwait(false);
        var passes = ImmutableArray.CreateBuilder<FuzzPass>();
        // DEBTRADAR_FUZZ_PASSES=syntax-only (or compiled) narrows a run down when hunting a failure.
        var only = Environment.GetEnvironmentVariable("DEBTRADAR_FUZZ_PASSES");
        foreach (var compiled in Passes.Where(c => only is null or "" || only == (c ? "compiled" : "syntax-only")))
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            IProjectSource source = loaded;
            if (compiled)
            {
                source = new CompilingSource(source);
            }

            var scan = await ScanEngine.ScanAsync(source, folder, options, null, TimeProvider.System, cancellationToken).ConfigureAwait(false);
            var seconds = watch.Elapsed.TotalSeconds;
            passes.Add(Account(compiled ? "compiled" : "syntax-only", folder, scan, store) with { ScanSeconds = seconds });
        }

        return passes.ToImmutable();
    }

    private static FuzzPass Account(string mode, string folder, ScanResult scan, SnapshotStore store)
    {
        var onDisk = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(scan.RepositoryRoot, f).Replace('\\', '/'))
            .ToImmutableSortedSet(StringComparer.Ordinal);
        var files = scan.Projects.SelectMany(p => p.Files).ToList();
        var diagnostics = scan.Diagnostics
            .Concat(scan.Projects.SelectMany(p => p.Diagnostics))
            .Concat(files.SelectMany(f => f.Diagnostics))
            .ToList();
        var accounted = files.Select(f => f.Path).Concat(diagnostics.Select(d => d.Path).OfType<string>()).ToHashSet(StringComparer.Ordinal);

        var now = DateTimeOffset.UnixEpoch;
        var info = store.Write(scan, new SnapshotMetadata(now, now, now, null, null, false, scan.Projects.FirstOrDefault()?.Mode ?? AnalysisMode.SyntaxOnly,
            "fuzz", "fuzz", ImmutableSortedDictionary<string, string>.Empty));
        var stored = store.Read(info.Id) ?? throw new InvalidOperationException($"snapshot {info.Id} was written but cannot be read");

        var characters = ImmutableSortedDictionary.CreateBuilder<string, long>(StringComparer.Ordinal);
        foreach (var (name, write) in ReportSinks.All)
        {
            using var counter = new CountingWriter();
            write(stored.Scan, counter);
            characters[name] = counter.Count;
        }

        return new FuzzPass(
            mode,
            onDisk.Count,
            files.Count(f => onDisk.Contains(f.Path)),
            [.. onDisk.Where(f => !accounted.Contains(f))],
            diagnostics.GroupBy(d => d.Code, StringComparer.Ordinal).ToImmutableSortedDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
            stored.Scan.Projects.Sum(p => p.Files.Length),
            characters.ToImmutable());
    }

    /// <summary>Counts what a writer produced without keeping it: a report of a 10 MB file must not be held twice.</summary>
    private sealed class CountingWriter : TextWriter
    {
        public long Count { get; private set; }

        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;

        public override void Write(char value) => Count++;

        public override void Write(char[] buffer, int index, int count) => Count += count;

        public override void Write(string? value) => Count += value?.Length ?? 0;
    }
}
