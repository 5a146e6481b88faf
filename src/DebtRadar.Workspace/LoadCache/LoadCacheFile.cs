using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace DebtRadar.Workspace.LoadCache;

/// <summary>
/// The load cache on disk: one JSON file per target in the cache folder (by default
/// <c>.debtradar/load-cache/</c> beside the database), named by the target's path relative to the
/// repository root. A missing, unreadable, corrupt or stale file is a miss with a reason, never an error.
/// </summary>
internal static class LoadCacheFile
{
    /// <summary>Bump when <see cref="CachedLoad"/> or what it means changes: older files are then stale.</summary>
    public const int FormatVersion = 2;

    public static string PathFor(string folder, string relativeTarget) =>
        Path.Combine(folder, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(relativeTarget)))[..16] + ".json");

    public static (CachedLoad? Load, string Note) Read(string file, string fingerprint)
    {
        var (load, note) = Read(file);
        return load is null ? (null, note)
            : load.Fingerprint == fingerprint ? (load, note)
            : (null, "load cache stale: build inputs changed");
    }

    /// <summary>The cached load whatever its fingerprint (its scope decides which fingerprint to compare), or why there is none.</summary>
    public static (CachedLoad? Load, string Note) Read(string file)
    {
        if (!File.Exists(file))
        {
            return (null, "no load cache yet");
        }

        CachedLoad? load;
        try
        {
            using var stream = File.OpenRead(file);
            load = JsonSerializer.Deserialize(stream, LoadCacheJson.Default.CachedLoad);
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return (null, $"load cache ignored, unreadable ({e.GetType().Name}: {e.Message.Split('\n', 2)[0]})");
        }

        if (load is null || load.Format != FormatVersion || load.Projects is null || load.Failed is null || load.Reports is null)
        {
            return (null, "load cache ignored, written by another version");
        }

        return (load, "load cache hit");
    }

    /// <summary>Writes atomically (a temporary file, then a rename); returns why it could not, or null.</summary>
    public static string? Write(string file, CachedLoad load)
    {
        var temporary = file + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            using (var stream = File.Create(temporary))
            {
                JsonSerializer.Serialize(stream, load, LoadCacheJson.Default.CachedLoad);
            }

            File.Move(temporary, file, overwrite: true);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            TryDelete(temporary);
            return $"{e.GetType().Name}: {e.Message.Split('\n', 2)[0]}";
        }
    }

    private static void TryDelete(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left behind: a later write replaces the real file; the stray temporary is harmless.
        }
    }
}
