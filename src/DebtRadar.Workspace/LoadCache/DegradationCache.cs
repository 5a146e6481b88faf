using System.Collections.Concurrent;
using System.Text.Json;
using DebtRadar.Workspace.MSBuild;

namespace DebtRadar.Workspace.LoadCache;

/// <summary>
/// Outcomes of <see cref="DegradationCheck"/> by project, declaration surface and the surfaces of the
/// projects compiled before it. The check binds every declaration of the project (Roslyn's
/// <c>ForceComplete</c>), the largest cost of a rescan after a body edit; its outcome depends only on
/// declarations and references, which the key and the load cache's fingerprint cover. Stored beside
/// the load cache; unreadable means empty.
/// </summary>
internal sealed class DegradationCache
{
    private readonly string _file;
    private readonly ConcurrentDictionary<string, DegradationCheck.Outcome> _known;
    private bool _changed;

    public DegradationCache(string file)
    {
        _file = file;
        _known = new(Read(file), StringComparer.Ordinal);
    }

    public DegradationCheck.Outcome? TryGet(string key) => _known.TryGetValue(key, out var outcome) ? outcome : null;

    public void Add(string key, DegradationCheck.Outcome outcome)
    {
        _known[key] = outcome;
        _changed = true;
    }

    /// <summary>Writes what is new; returns why it could not, or null.</summary>
    public string? Save()
    {
        if (!_changed)
        {
            return null;
        }

        // Only the keys of the projects just compiled are worth keeping: older surfaces will not come back often.
        var temporary = _file + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp";
        try
        {
            File.WriteAllText(temporary, JsonSerializer.Serialize(new Dictionary<string, DegradationCheck.Outcome>(_known, StringComparer.Ordinal), LoadCacheJson.Default.DictionaryStringOutcome));
            File.Move(temporary, _file, overwrite: true);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return e.Message.Split('\n', 2)[0];
        }
    }

    private static Dictionary<string, DegradationCheck.Outcome> Read(string file)
    {
        try
        {
            return File.Exists(file)
                ? JsonSerializer.Deserialize(File.ReadAllText(file), LoadCacheJson.Default.DictionaryStringOutcome) ?? []
                : [];
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return [];
        }
    }
}
