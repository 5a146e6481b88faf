using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using DebtRadar.Core.Model;
using DebtRadar.Core.Scanning;
using DebtRadar.Storage.Documents;
using DebtRadar.Storage.TestHost;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DebtRadar.Storage.Tests;

/// <summary>The real scan engine, with and without the stored cache, over a scripted sequence of edits.</summary>
public sealed class IncrementalScanTests
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> Framework = new(() =>
        [.. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p) is "System.Runtime.dll" or "System.Private.CoreLib.dll" or "System.Collections.dll" or "System.Linq.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))]);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Scan_WithStoredCacheOverAnEditSequence_EqualsAFullScanEveryTime(bool compile)
    {
        using var temp = new TempFolder();
        var store = new SnapshotStore(temp.Db);
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["src/A/Order.cs"] = Source("Order", "if (x > 1) { return x; }"),
            ["src/A/Customer.cs"] = Source("Customer", "for (var i = 0; i < x; i++) { x += i; }"),
            ["src/A/Invoice.cs"] = Source("Invoice", "return x switch { 1 => 2, _ => 3 };"),
            ["src/B/Report.cs"] = Source("Report", "while (x > 0) { x--; }"),
            ["src/B/Printer.cs"] = Source("Printer", "x = x * 2;"),
        };
        var edits = new List<(string Name, Action<IDictionary<string, string>> Apply)>
        {
            ("unchanged", _ => { }),
            ("body edit", f => f["src/A/Order.cs"] = Source("Order", "if (x > 1 && x < 9) { return x; } else if (x < 0) { return -x; }")),
            ("new file", f => f["src/A/Payment.cs"] = Source("Payment", "try { x++; } catch (System.Exception) { x--; }")),
            ("deleted file", f => f.Remove("src/A/Invoice.cs")),
            ("moved file", f => { f["src/B/Moved/Printer.cs"] = f["src/B/Printer.cs"]; f.Remove("src/B/Printer.cs"); }),
            ("copied file", f => f["src/A/CustomerCopy.cs"] = f["src/A/Customer.cs"]),
            ("surface change", f => f["src/A/Customer.cs"] = Source("Customer", "for (var i = 0; i < x; i++) { x += i; }") + "\npublic interface ICustomer { int M(int x); }\n"),
            ("syntax error", f => f["src/B/Report.cs"] = Source("Report", "while (x > 0 { x--; }")),
            ("revert", f => f["src/A/Order.cs"] = Source("Order", "if (x > 1) { return x; }")),
        };

        var reusedAfterFirst = 0;
        var day = new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero);
        foreach (var ((name, apply), step) in edits.Select((e, i) => (e, i)))
        {
            apply(files);
            var projects = Projects(files, compile);
            var full = await ScanAsync(projects, cache: null);
            var cache = store.OpenCache("test");
            var incremental = await ScanAsync(projects, cache);
            var written = store.Write(incremental, SyntheticScans.Metadata(day.AddDays(step)), cache);
            if (step > 0)
            {
                reusedAfterFirst += cache.Hits;
            }

            Assert.True(Comparable(full) == Comparable(incremental), $"step '{name}': incremental differs from full");
            Assert.True(Comparable(full) == Comparable(store.Read(written.Id)!.Scan), $"step '{name}': stored differs from full");
        }

        Assert.True(reusedAfterFirst > 10, $"only {reusedAfterFirst} results were reused");
    }

    [Fact]
    public async Task Write_PruneBetweenOpenAndWrite_StoresTheResultsTheCacheBorrowed()
    {
        using var temp = new TempFolder();
        var store = new SnapshotStore(temp.Db);
        var files = new Dictionary<string, string>
        {
            ["src/A/Order.cs"] = Source("Order", "if (x > 1) { return x; }"),
            ["src/A/Customer.cs"] = Source("Customer", "while (x > 0) { x--; }"),
        };
        var projects = Projects(files, compile: true);
        var first = store.OpenCache("test");
        store.Write(await ScanAsync(projects, first), SyntheticScans.Metadata(DateTimeOffset.UnixEpoch), first);

        // The cache holds the stored ids; another process then prunes every snapshot and result.
        var cache = store.OpenCache("test");
        new SnapshotStore(temp.Db).Prune(keep: 0, olderThan: null);
        var rescan = await ScanAsync(projects, cache);
        var written = store.Write(rescan, SyntheticScans.Metadata(DateTimeOffset.UnixEpoch.AddDays(1)), cache);

        Assert.Equal(2, cache.Hits);
        Assert.Equal(Comparable(await ScanAsync(projects, cache: null)), Comparable(store.Read(written.Id)!.Scan));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task PreparedSnapshot_RescanWithOneEdit_BorrowsTheIdsSerialisingWouldGive(bool compile)
    {
        using var temp = new TempFolder();
        var store = new SnapshotStore(temp.Db);
        var files = new Dictionary<string, string>
        {
            ["src/A/Order.cs"] = Source("Order", "if (x > 1) { return x; }"),
            ["src/A/Customer.cs"] = Source("Customer", "while (x > 0) { x--; }"),
            ["src/B/Report.cs"] = Source("Report", "x = x * 2;"),
        };
        var first = store.OpenCache("test");
        store.Write(await ScanAsync(Projects(files, compile), first), SyntheticScans.Metadata(DateTimeOffset.UnixEpoch), first);
        files["src/A/Order.cs"] = Source("Order", "if (x > 2) { return x; }");

        var cache = store.OpenCache("test");
        var rescan = await ScanAsync(Projects(files, compile), cache);
        var borrowing = PreparedSnapshot.Create(rescan, SyntheticScans.Metadata(DateTimeOffset.UnixEpoch), cache.StoredIdOf);
        var serialising = PreparedSnapshot.Create(rescan, SyntheticScans.Metadata(DateTimeOffset.UnixEpoch));

        Assert.Equal(serialising.FileIds.Select(f => f.Id), borrowing.FileIds.Select(f => f.Id));
        Assert.Equal(["src/A/Order.cs"], borrowing.Results.Values.Select(r => Bson.Str(r.Document, "path")));
        Assert.Equal(2, borrowing.BorrowedIds.Count);
    }

    [Fact]
    public async Task OpenCache_OtherConfiguration_ReusesNothing()
    {
        using var temp = new TempFolder();
        var store = new SnapshotStore(temp.Db);
        var files = new Dictionary<string, string> { ["src/A/Order.cs"] = Source("Order", "return x;") };
        var projects = Projects(files, compile: false);
        var cache = store.OpenCache("test");
        store.Write(await ScanAsync(projects, cache), SyntheticScans.Metadata(DateTimeOffset.UnixEpoch), cache);

        var again = store.OpenCache("test");
        await ScanAsync(projects, again, configuration: "other");
        var same = store.OpenCache("test");
        await ScanAsync(projects, same);

        Assert.Equal((0, 1), (again.Hits, again.Misses));
        Assert.Equal((1, 0), (same.Hits, same.Misses));
    }

    private static string Comparable(ScanResult scan) => Json.Of(scan with { Phases = [] });

    private static string Source(string type, string body) => $$"""
        namespace Sample;

        public class {{type}}
        {
            private int _count;

            public int Run(int x)
            {
                {{body}}
                return x + _count;
            }

            public void Touch() => _count++;
        }
        """;

    private static List<ProjectInput> Projects(IEnumerable<KeyValuePair<string, string>> files, bool compile) =>
        [.. files.GroupBy(f => f.Key.Split('/')[1]).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
        {
            var options = new CSharpParseOptions(LanguageVersion.Preview);
            var trees = g.Select(f => CSharpSyntaxTree.ParseText(f.Value, options, f.Key)).ToImmutableArray();
            var compilation = compile
                ? CSharpCompilation.Create(g.Key, trees, Framework.Value, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary))
                : null;
            return new ProjectInput(
                g.Key,
                $"src/{g.Key}/{g.Key}.csproj",
                compile ? "net10.0" : null,
                compile ? AnalysisMode.Full : AnalysisMode.SyntaxOnly,
                compilation,
                [.. trees.Select(t => new DocumentInput("/repo/" + t.FilePath, t.FilePath, t))],
                [],
                []);
        })];

    private static Task<ScanResult> ScanAsync(IReadOnlyList<ProjectInput> projects, IFileResultCache? cache, string configuration = "config") =>
        ScanEngine.ScanAsync(new ListSource(projects), "test", new ScanOptions(2, cache, configuration, "test"), null, TimeProvider.System, CancellationToken.None);

    private sealed class ListSource(IReadOnlyList<ProjectInput> projects) : IProjectSource
    {
        public string RepositoryRoot => "/repo";

        public async IAsyncEnumerable<ProjectInput> LoadAsync(ICollection<ScanDiagnostic> diagnostics, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            foreach (var project in projects)
            {
                await Task.Yield();
                yield return project;
            }
        }
    }
}
