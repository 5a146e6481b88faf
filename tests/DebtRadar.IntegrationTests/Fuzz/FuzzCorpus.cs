using System.Globalization;

namespace DebtRadar.IntegrationTests.Fuzz;

/// <summary>Writes a deterministic corpus of mutated and hostile <c>.cs</c> files into a folder.</summary>
internal static class FuzzCorpus
{
    /// <summary>
    /// <c>DEBTRADAR_FUZZ_SIZE</c>: how many mutated files (default 120, the normal suite's size).
    /// From 2000 up the hostile files take their full size (10 MB file, 50,000 members).
    /// </summary>
    public static int Size =>
        int.TryParse(Environment.GetEnvironmentVariable("DEBTRADAR_FUZZ_SIZE"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var size) && size > 0
            ? size
            : 120;

    public static int Seed =>
        int.TryParse(Environment.GetEnvironmentVariable("DEBTRADAR_FUZZ_SEED"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed)
            ? seed
            : 20261128;

    /// <summary>Mutated seeds in <c>mutated/</c>; returns each file's relative path and how it was made.</summary>
    public static IReadOnlyList<(string Path, string Kind)> WriteMutated(string folder, int count, int seed)
    {
        var mutator = new Mutator(seed);
        var written = new List<(string, string)>();
        Directory.CreateDirectory(Path.Combine(folder, "mutated"));
        for (var i = 0; i < count; i++)
        {
            var (kind, bytes) = mutator.Next(SeedSources.All);
            var relative = string.Create(CultureInfo.InvariantCulture, $"mutated/F{i:D5}.cs");
            File.WriteAllBytes(Path.Combine(folder, relative), bytes);
            written.Add((relative, kind));
        }

        return written;
    }

    /// <summary>The hostile files in <c>hostile/</c>, at the size <paramref name="size"/> calls for.</summary>
    public static IReadOnlyList<(string Path, string Kind)> WriteHostile(string folder, int size, int seed)
    {
        var written = new List<(string, string)>();
        Directory.CreateDirectory(Path.Combine(folder, "hostile"));
        foreach (var (name, bytes) in HostileSources.All(size >= 2000 ? 10 : 1, seed))
        {
            var relative = $"hostile/{name}.cs";
            File.WriteAllBytes(Path.Combine(folder, relative), bytes);
            written.Add((relative, name));
        }

        return written;
    }
}
