using System.Diagnostics;
using System.Globalization;
using DebtRadar.Core.Model;
using DebtRadar.Workspace.Files;
using DebtRadar.Workspace.MSBuild;

namespace DebtRadar.Workspace.LoadCache;

/// <summary>
/// Looks up and stores one target's evaluation. Every outcome is reported as a <c>load.cache</c>
/// Info diagnostic (shown with --verbose): hit, miss and why, stored, or why not stored.
/// </summary>
internal sealed class LoadCacheSession
{
    private readonly string _root;
    private readonly string _file;
    private readonly string _target;
    private readonly string _fingerprint;
    private readonly BuildInputSet _inputs;
    private readonly CachedLoad? _cached;
    private readonly string _readNote;

    public LoadCacheSession(string folder, string root, string target, IEnumerable<string> projectFiles, string sdk, ICollection<ScanDiagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        _root = root;
        _target = target;
        _file = LoadCacheFile.PathFor(folder, PathText.Relative(root, target));

        // The stored load names the scope its fingerprint covers (decision 0051): read it first.
        (_cached, _readNote) = LoadCacheFile.Read(_file);
        _inputs = BuildInputs.Collect(root, target, projectFiles, sdk, cancellationToken);
        _fingerprint = _inputs.Fingerprint(_cached?.Scope);
        Degradation = new DegradationCache(Path.ChangeExtension(_file, ".degradation.json"));
        Note(diagnostics, $"build inputs fingerprinted in {Stopwatch.GetElapsedTime(started).TotalMilliseconds:F0} ms");
    }

    /// <summary>Degradation outcomes of earlier loads of this target.</summary>
    public DegradationCache Degradation { get; }

    /// <summary>The fingerprint of the build inputs; part of every degradation key.</summary>
    public string Fingerprint => _fingerprint;

    /// <summary>The cached evaluation, or null after noting why there is none.</summary>
    public LoadedProjects? TryLoad(ICollection<ScanDiagnostic> diagnostics)
    {
        var started = Stopwatch.GetTimestamp();
        var (cached, note) = _cached is null || _cached.Fingerprint == _fingerprint
            ? (_cached, _readNote)
            : (null, "load cache stale: build inputs changed");
        if (cached is null)
        {
            Note(diagnostics, note + "; MSBuild evaluates the target");
            return null;
        }

        var (loaded, reason) = CachedLoadConverter.FromCache(cached, _root);
        if (loaded is null)
        {
            Note(diagnostics, $"load cache ignored: {reason}; MSBuild evaluates the target");
            return null;
        }

        Note(diagnostics, $"{note}: MSBuild evaluation skipped, {loaded.Projects.Length} project configurations read in {Stopwatch.GetElapsedTime(started).TotalMilliseconds:F0} ms");
        return loaded;
    }

    public void Store(LoadedProjects loaded, ICollection<ScanDiagnostic> diagnostics)
    {
        var scope = BuildInputs.ScopeOf(
            _root,
            _target,
            loaded.Projects.Select(p => p.FilePath).OfType<string>().Concat(loaded.FailedFiles.Keys),
            loaded.Projects.SelectMany(p => p.Documents).Select(d => d.FilePath).OfType<string>());
        var (cached, reason) = CachedLoadConverter.ToCache(loaded, _root, _inputs.Fingerprint(scope));
        cached = cached is null ? null : cached with { Scope = scope };
        var error = cached is null ? reason : LoadCacheFile.Write(_file, cached);
        Note(diagnostics, error is null ? "load cache stored" : $"load cache not stored: {error}");
    }

    private static void Note(ICollection<ScanDiagnostic> diagnostics, string message) =>
        diagnostics.Add(new ScanDiagnostic(DiagnosticSeverity.Info, LoadDiagnosticCodes.Cache, string.Create(CultureInfo.InvariantCulture, $"{message}.")));
}
