using System.Text.Json;
using DebtRadar.Workspace.LoadCache;
using DebtRadar.Workspace.MSBuild;

namespace DebtRadar.Workspace.Tests;

/// <summary>The generated JSON contracts of the load cache write what reflection wrote, so existing cache files stay valid.</summary>
public sealed class LoadCacheJsonTests
{
    private static readonly JsonSerializerOptions Reflection = new() { WriteIndented = false };

    [Fact]
    public void Write_EveryFieldSet_SameJsonAsReflectionAndReadsBack()
    {
        using var folder = new TempFolder();
        var load = Sample();
        var file = Path.Combine(folder.Path, "load.json");

        Assert.Null(LoadCacheFile.Write(file, load));
        var (read, note) = LoadCacheFile.Read(file, load.Fingerprint);

        Assert.Equal(JsonSerializer.Serialize(load, Reflection), File.ReadAllText(file));
        Assert.Equal("load cache hit", note);
        Assert.Equal(JsonSerializer.Serialize(load, Reflection), JsonSerializer.Serialize(read, Reflection));
    }

    [Fact]
    public void Read_FileWrittenByReflection_IsAHit()
    {
        using var folder = new TempFolder();
        var load = Sample();
        var file = Path.Combine(folder.Path, "load.json");
        File.WriteAllText(file, JsonSerializer.Serialize(load, Reflection));

        var (read, note) = LoadCacheFile.Read(file, load.Fingerprint);

        Assert.Equal("load cache hit", note);
        Assert.Equal(JsonSerializer.Serialize(load, Reflection), JsonSerializer.Serialize(read, Reflection));
    }

    [Fact]
    public void DegradationCache_SavedOutcomes_ReadBackByANewCache()
    {
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "x.degradation.json");
        var cache = new DegradationCache(file);
        cache.Add("a", new DegradationCheck.Outcome(true, 3, 2, "CS0246: missing"));
        cache.Add("b", new DegradationCheck.Outcome(false, 0, 0, null));

        Assert.Null(cache.Save());
        var again = new DegradationCache(file);

        Assert.Equal(new DegradationCheck.Outcome(true, 3, 2, "CS0246: missing"), again.TryGet("a"));
        Assert.Equal(new DegradationCheck.Outcome(false, 0, 0, null), again.TryGet("b"));
        Assert.Equal(
            JsonSerializer.Deserialize<Dictionary<string, DegradationCheck.Outcome>>(File.ReadAllText(file), Reflection)!["a"],
            again.TryGet("a"));
    }

    private static CachedLoad Sample() => new(
        LoadCacheFile.FormatVersion,
        "fingerprint",
        [
            new CachedProject(
                Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"),
                "Lib",
                "Lib",
                "src/Lib/Lib.csproj",
                "src/Lib/bin/Lib.dll",
                null,
                new CachedCompilationOptions(
                    "DynamicallyLinkedLibrary", null, null, "Script", ["System"], "Release", true, false, null, null, null, null, false, true,
                    "AnyCpu", "Default", 4, new Dictionary<string, string> { ["CS1591"] = "Suppress" }, true, true, "Enable", false),
                new CachedParseOptions("CSharp12", "Diagnose", "Regular", ["NET8_0", "RELEASE"], new Dictionary<string, string> { ["strict"] = "true" }),
                [new CachedDocument("src/Lib/A.cs", ["Sub"], null), new CachedDocument("src/Lib/obj/G.cs", [], "// generated \"text\"\n")],
                [new CachedMetadataReference("/packs/ref/System.Runtime.dll", ["global"], false)],
                [new CachedProjectReference(Guid.Parse("7c9e6679-7425-40de-944b-e07fc1f90ae7"), [], true)],
                ["/packs/analyzers/Gen.dll"]),
        ],
        [new CachedFailure("src/Broken/Broken.csproj", "{root}/src/Broken/Broken.csproj: error")],
        [new CachedReport("Warning", "a \u00e9 message")]);
}
